// The protections of issue 8 ("Hardening"), each as a mutation that takes it out of the product code and the
// tests that must then fail. `npm run test:protections` (run.ts) applies them one at a time to a copy of the
// checkout. `find` must occur exactly once in `file`: when the code moves on, the entry breaks loudly instead
// of removing nothing. A mutation takes out the protection and nothing else — the code still compiles and
// runs — so that the failure it causes is the protection's test doing its job, not the suite falling over.
//
// Where a protection has two walls (a name check behind a path check), the entry removes the one a test can
// see fail on its own; the other wall is then what the test shows working.

export interface ProtectionEntry {
  /** What the person using Copydesk is promised, in a sentence. */
  protection: string;
  /**
   * The item of issue 8 it belongs to: 1 crash safety, 2 recovery, 3 random and malformed input, 4 hostile
   * content, 5 Electron's security checklist, 6 the browser host, 7 disk trouble, 8 packaging.
   */
  issueItem: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /** The product file the protection lives in, from the checkout's root. */
  file: string;
  /** Text of `file` that makes the protection; must occur exactly once. */
  find: string;
  /** What it becomes with the protection taken out. */
  replace: string;
  /** The test files to run (Playwright specs when `e2e`). */
  tests: string[];
  /** Pieces of full test names ("describe … it"): for each, a test whose name holds it must fail. */
  expectFailing: string[];
  /** An end-to-end entry: the copy is built with the mutation, then the Playwright specs run. */
  e2e?: boolean;
  /**
   * Runs only the tests whose names hold this text (Vitest's -t). For a protection against a hang: the other
   * tests of the file would call the stalled code in Vitest's own process, where no timeout can stop it.
   */
  onlyTestsNamed?: string;
}

export const CATALOGUE: ProtectionEntry[] = [
  // ── 1. crash safety ────────────────────────────────────────────────────────────────────────────────────
  {
    protection: 'A save writes a temporary file and renames it over story.json, so a crash leaves the old version or the new, never half of one.',
    issueItem: 1,
    file: 'electron/library/atomic-write.ts',
    find: 'await writeFileSynced(temp, data);\n    await rename(temp, path);',
    // Written in place, as a plain writeFile would: truncated first, then filled.
    replace: "const handle = await open(path, 'w');\n    await handle.writeFile(data).finally(() => handle.close());",
    tests: ['tests/electron/library/crash-safety.test.ts'],
    expectFailing: ['keeps every story whole'],
  },
  {
    protection: 'Every file the library writes is flushed to the disk (fsync) before the save is answered, so a power cut cannot lose it.',
    issueItem: 1,
    file: 'electron/library/atomic-write.ts',
    find: '    await handle.writeFile(data);\n    await handle.sync();\n',
    replace: '    await handle.writeFile(data);\n',
    tests: ['tests/electron/library/durable-writes.test.ts'],
    expectFailing: ['reaches the disk before it is answered for saving a story'],
  },
  {
    protection: 'After the rename, the story folder is flushed too, so the new name itself survives a power cut.',
    issueItem: 1,
    file: 'electron/library/atomic-write.ts',
    find: '    throw fileSystemError(error, `save ${basename(path)}`, path);\n  }\n  await syncFolder(dirname(path));\n',
    replace: '    throw fileSystemError(error, `save ${basename(path)}`, path);\n  }\n',
    tests: ['tests/electron/library/durable-writes.test.ts'],
    expectFailing: ['reaches the disk before it is answered for saving a story', 'writing the library index'],
  },

  // ── 2. recovery ────────────────────────────────────────────────────────────────────────────────────────
  {
    protection: 'What is typed goes to the recovery journal outside the library, entry after entry, and is read back as last typed.',
    issueItem: 2,
    file: 'electron/recovery/recovery-journal.ts',
    find: '      this.threads.delete(file); // until the line is on the disk, the thread is not known to go on\n      await this.files.append(file, line);\n',
    replace: '      this.threads.delete(file); // until the line is on the disk, the thread is not known to go on\n',
    tests: ['tests/electron/recovery/recovery-journal.test.ts'],
    expectFailing: ['keeps the whole story first, then only what changed, and reads back the story as last typed'],
  },
  {
    protection: 'Each journal entry is flushed to the disk before it counts as kept, so a power cut loses at most the last second.',
    issueItem: 2,
    file: 'electron/recovery/journal-files.ts',
    find: "          await handle.writeFile(text, 'utf8');\n          await handle.sync();\n",
    replace: "          await handle.writeFile(text, 'utf8');\n",
    tests: ['tests/electron/recovery/journal-files.test.ts'],
    expectFailing: ['flushes an appended entry to the disk before it answers'],
  },
  {
    protection: 'Reopening a story gives back the edits the journal holds that no save covered, says so, and saves them.',
    issueItem: 2,
    file: 'renderer/src/state/story-session.ts',
    find: '      if (recovered) this.takeRecovered(opened, recovered);\n',
    replace: '',
    tests: ['tests/renderer/state/story-session-journal.test.ts', 'tests/electron/recovery/disk-trouble.test.ts'],
    expectFailing: ['shows the recovered words, says so, and saves them', 'killed while the disk is full: the next Copydesk gives the words back'],
  },
  {
    protection: 'A conflict stops the saves, never the journal: what is typed while the person decides is kept too.',
    issueItem: 2,
    file: 'renderer/src/state/story-session.ts',
    find: '    this.journal.schedule(); // a conflict or a failing disk stops the saves, never the journal\n',
    replace: "    if (save.kind !== 'conflict') this.journal.schedule();\n",
    tests: ['tests/renderer/state/story-session-journal.test.ts'],
    expectFailing: ['keeps journaling through a conflict, which stops the saves'],
  },
  {
    protection: 'In the running app, words typed up to a second before the process is killed come back after a restart.',
    issueItem: 2,
    file: 'renderer/src/state/story-session.ts',
    // The editor's edits no longer reach the journal at all.
    find: '    this.journal.schedule(); // a conflict or a failing disk stops the saves, never the journal\n',
    replace: '',
    tests: ['tests/e2e/recovery.spec.ts'],
    expectFailing: ['come back after a restart (saves held back)'],
    e2e: true,
  },

  // ── 3. random and malformed input ──────────────────────────────────────────────────────────────────────
  {
    protection: 'A story file nested thousands of levels deep is refused as an invalid story, not a stack overflow.',
    issueItem: 3,
    file: 'shared/story/parse.ts',
    find: '  const result = withinStack(() => Story.safeParse(value), what, path);',
    replace: '  const result = Story.safeParse(value);',
    tests: ['tests/shared/story/load.property.test.ts'],
    expectFailing: ['refuses a story whose list nests 1,000 levels deep as an invalid story, not a stack overflow'],
  },
  {
    protection: 'An old story file a migration cannot upgrade is refused as an invalid story with a readable reason, not an internal error.',
    issueItem: 3,
    file: 'shared/story/migrate.ts',
    find: '    story = { ...runMigration(migration, story, next, path), schemaVersion: next };',
    replace: '    story = { ...migration(story), schemaVersion: next };',
    tests: ['tests/shared/story/load.property.test.ts'],
    expectFailing: ['refuses a file a migration cannot upgrade', 'gives the upgraded story or a typed error for any object'],
  },
  {
    protection: 'Importing text with a long run of spaces inside a line takes linear time, not minutes (no /\\s+$/ on each line).',
    issueItem: 3,
    file: 'shared/import/text-lines.ts',
    find: '.map((line) => line.trimEnd());',
    replace: ".map((line) => line.replace(/\\s+$/, ''));",
    tests: ['tests/electron/import/importers.property.test.ts'],
    expectFailing: ['imports a line with 100,000 spaces inside it in under two seconds'],
  },
  {
    protection: 'A saved web page nested hundreds of levels deep is read whole, with a note, instead of stalling the import in Readability.',
    issueItem: 3,
    file: 'electron/import/web-page.ts',
    find: '  } else if (nestsDeeperThan(document.body, MAX_DEPTH_TO_EXTRACT)) {',
    replace: '  } else if (false && nestsDeeperThan(document.body, MAX_DEPTH_TO_EXTRACT)) {',
    tests: ['tests/electron/import/importers.property.test.ts'],
    onlyTestsNamed: 'rather than stalling in Readability',
    expectFailing: ['reads a page of divs nested 2,000 deep as the whole page, with a note, rather than stalling in Readability'],
  },
  {
    protection: 'Wire copy of hundreds of thousands of lines imports without running out of stack.',
    issueItem: 3,
    file: 'shared/import/wire-text.ts',
    find: '  const base = lines.reduce((least, line) => (isBlank(line) ? least : Math.min(least, indentWidth(line))), Infinity);',
    replace: '  const base = Math.min(...lines.filter((line) => !isBlank(line)).map(indentWidth));',
    tests: ['tests/electron/import/importers.property.test.ts'],
    expectFailing: ['imports a file of 300,000 lines without running out of stack'],
  },
  {
    protection: 'Every bridge message is checked against the shared schema before a handler sees it; anything else gets a typed refusal.',
    issueItem: 3,
    file: 'electron/bridge/handlers.ts',
    find:
      "    if (!parsed.success) throw schemaError('invalid-argument', parsed.error, `Bad arguments for ${channel}`);\n" +
      '    const handler = handlers[channel] as (args: unknown) => unknown;\n' +
      '    return { ok: true, value: await handler(parsed.data) };',
    replace:
      '    const handler = handlers[channel] as (args: unknown) => unknown;\n' +
      '    return { ok: true, value: await handler(parsed.success ? parsed.data : (rawArgs ?? {})) };',
    tests: ['tests/electron/bridge/arguments.property.test.ts', 'tests/electron/shell/bridge-ipc.test.ts'],
    expectFailing: ['answers any JSON argument on any channel with the handler or a typed refusal', 'validates the arguments before any handler runs'],
  },

  // ── 4. hostile content ─────────────────────────────────────────────────────────────────────────────────
  {
    protection: 'Exported HTML and Markdown link only http(s) and mailto addresses, even for a story that never went through the schema.',
    issueItem: 4,
    file: 'shared/render/html/inline-html.ts',
    find: '  return SAFE_LINK.test(url);',
    replace: "  return url !== '';",
    tests: ['tests/shared/render/hostile-content.test.ts'],
    expectFailing: ['renderStoryHtml() keeps their words and links nothing', 'renderStoryMarkdown() keeps their words and links nothing'],
  },
  {
    protection: 'An export reads and copies only media names Copydesk makes, so "../../secret.png" in a story cannot pull in a file from outside its folder.',
    issueItem: 4,
    file: 'electron/export/story-media.ts',
    find: '    const ours = storyMediaFiles(story).filter((file) => MediaFile.safeParse(file).success);',
    replace: '    const ours = storyMediaFiles(story);',
    tests: ['tests/electron/export/hostile-media-names.test.ts'],
    expectFailing: ['finds none of them in the story’s media folder', 'writes a html-folder export that neither carries nor links the secret picture'],
  },
  {
    protection: 'A pasted photo or video keeps its picture only under a name Copydesk makes, so a forged clipboard fragment cannot break every save.',
    issueItem: 4,
    file: 'renderer/src/editor/commands/insert-pasted-blocks.ts',
    find: '        blocks.push(withOwnMediaOnly(node));',
    replace: '        blocks.push(node);',
    tests: ['tests/renderer/editor/plugins/with-paste-forged-fragment.test.ts'],
    expectFailing: ['drops the file name of a photo that leads out of the story folder'],
  },
  {
    protection: 'A pasted link to javascript:, vbscript: or data: keeps its words and loses its address.',
    issueItem: 4,
    file: 'renderer/src/paste/links.ts',
    find:
      "  if (scheme === 'file') return { url: null, warning: warn.localLink(raw) };\n" +
      "  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {\n" +
      '    return { url: null, warning: warn.unsafeLink(raw) };\n' +
      '  }\n' +
      '  return { url: null, warning: warn.otherLink(raw) };',
    replace: '  return { url: raw };',
    tests: ['tests/renderer/paste/hostile-content.test.ts'],
    expectFailing: ['never become anything but a web or mail address in resolveLink() either'],
  },
  {
    protection: 'Brackets in a Markdown link’s text are written as character references, so no Markdown processor reads a picture into it.',
    issueItem: 4,
    file: 'shared/render/markdown.ts',
    find: '    if (inBrackets && BRACKET_REFERENCES[char]) return BRACKET_REFERENCES[char];\n',
    replace: '',
    tests: ['tests/shared/render/hostile-content.test.ts'],
    expectFailing: ['(Markdown image with onerror) is inert text in the Markdown'],
  },
  {
    protection: 'Story text is escaped on its way into HTML, so no vector of the XSS corpus runs in the editor’s preview or an exported file.',
    issueItem: 4,
    file: 'shared/render/escape-html.ts',
    // "<" left as it is: the sanitiser step every renderer relies on. Chromium's trap in the spec must notice.
    find: '.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!)',
    replace: '.replace(/[&>]/g, (char) => TEXT_ESCAPES[char]!)',
    tests: ['tests/e2e/hostile-content.spec.ts'],
    expectFailing: ['a story file with the corpus in every field opens, previews, searches and exports with nothing running'],
    e2e: true,
  },

  // ── 5. Electron's security checklist ───────────────────────────────────────────────────────────────────
  {
    protection: 'The window’s page runs in Chromium’s sandbox.',
    issueItem: 5,
    file: 'electron/shell/main-window.ts',
    find: '      sandbox: true,',
    replace: '      sandbox: false,',
    tests: ['tests/electron/shell/main-window.test.ts'],
    expectFailing: ['isolates the page from Node: context isolation, the sandbox'],
  },
  {
    protection: 'The page cannot reach the preload’s world: context isolation is on.',
    issueItem: 5,
    file: 'electron/shell/main-window.ts',
    find: '      contextIsolation: true,',
    replace: '      contextIsolation: false,',
    tests: ['tests/electron/shell/main-window.test.ts'],
    expectFailing: ['isolates the page from Node: context isolation, the sandbox'],
  },
  {
    protection: 'The page has no Node.js: nodeIntegration is off.',
    issueItem: 5,
    file: 'electron/shell/main-window.ts',
    find: '      nodeIntegration: false,',
    replace: '      nodeIntegration: true,',
    tests: ['tests/electron/shell/main-window.test.ts'],
    expectFailing: ['isolates the page from Node: context isolation, the sandbox'],
  },
  {
    protection: 'The page can open no new window: window.open is denied and the link offered to the browser.',
    issueItem: 5,
    file: 'electron/shell/security.ts',
    find: "    return { action: 'deny' };",
    replace: "    return { action: 'allow' };",
    tests: ['tests/electron/shell/security.test.ts'],
    expectFailing: ['denies window.open, even for our own page'],
  },
  {
    protection: 'Every permission the page asks for (camera, microphone, location, notifications…) is refused.',
    issueItem: 5,
    file: 'electron/shell/security.ts',
    find: '  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));',
    replace: '  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(true));',
    tests: ['tests/electron/shell/security.test.ts'],
    expectFailing: ['denies a request for media', 'denies a request for geolocation'],
  },
  {
    protection: 'The window never navigates away from Copydesk’s own page.',
    issueItem: 5,
    file: 'electron/shell/security.ts',
    find: '    if (isOwnPageUrl(renderer, event.url)) return;\n    event.preventDefault();\n',
    replace: '    if (isOwnPageUrl(renderer, event.url)) return;\n',
    tests: ['tests/electron/shell/security.test.ts'],
    expectFailing: ['blocks navigation to any other page'],
  },
  {
    protection: 'A link is handed to the system browser only if it is http(s).',
    issueItem: 5,
    file: 'electron/shell/security.ts',
    find: '  if (!isHttpUrl(url) || asking) return false;',
    replace: '  if (asking) return false;',
    tests: ['tests/electron/shell/security.test.ts'],
    expectFailing: ['never offers to open anything but http(s) links'],
  },
  {
    protection: 'The bridge answers only the main frame of Copydesk’s own window showing its own page.',
    issueItem: 5,
    file: 'electron/shell/bridge-ipc.ts',
    find: '      if (!isTrustedSender(event, getMainWindow(), renderer)) return refused(channel);\n',
    replace: '',
    tests: ['tests/electron/shell/bridge-ipc.test.ts'],
    expectFailing: ['refuses a message from a frame inside the page', 'refuses a message from another web contents'],
  },
  {
    protection: 'app://copydesk/ serves only files inside the built renderer: no encoded slash, dot segment, NUL or colon gets through.',
    issueItem: 5,
    file: 'electron/shell/app-url.ts',
    find: "    if (segment === null || segment === '' || segment === '.' || segment === '..' || /[/\\\\:\\0]/.test(segment)) return null;",
    replace: '    if (segment === null) return null;',
    tests: ['tests/electron/shell/app-protocol.test.ts'],
    expectFailing: ['refuses encoded slashes and dot segments, NULs and colons'],
  },
  {
    protection: 'The page’s Content Security Policy allows no inline script.',
    issueItem: 5,
    file: 'electron/shell/content-security-policy.ts',
    find: `    "script-src 'self'",`,
    replace: `    "script-src 'self' 'unsafe-inline'",`,
    tests: ['tests/electron/shell/security.test.ts', 'tests/electron/security/electronegativity.test.ts'],
    expectFailing: ['allows nothing from the network, no inline or evaluated script', 'finds nothing that is not justified'],
  },
  {
    protection: 'copydesk-media:// sends only files named as Copydesk names them, nothing else that may lie in a media folder.',
    issueItem: 5,
    file: 'electron/shell/media-url.ts',
    find: '  if (!StoryId.safeParse(storyId).success || !MediaFile.safeParse(file).success) return null;',
    replace: '  if (!StoryId.safeParse(storyId).success) return null;',
    tests: ['tests/electron/shell/media-protocol.test.ts'],
    expectFailing: ['refuses any file name Copydesk does not make'],
  },

  // ── 6. the browser host ────────────────────────────────────────────────────────────────────────────────
  {
    protection: 'The browser host listens on 127.0.0.1 only, never on the machine’s other addresses.',
    issueItem: 6,
    file: 'electron/host/browser-host.ts',
    find: "    server.listen(options.port ?? 0, '127.0.0.1', () => {",
    replace: '    server.listen(options.port ?? 0, () => {',
    tests: ['tests/electron/host/host-lockdown.test.ts'],
    expectFailing: ['listens on the loopback address only'],
  },
  {
    protection: 'Every request to the browser host needs the run’s token, in header, query or cookie.',
    issueItem: 6,
    file: 'electron/host/browser-host.ts',
    find: "    if (typeof presented !== 'string' || !tokenMatches(presented)) {",
    replace: "    if (typeof presented !== 'string') {",
    tests: ['tests/electron/host/host-lockdown.test.ts'],
    expectFailing: ['refuses a bridge call without the right token', 'refuses the page without the right token'],
  },
  {
    protection: 'The token is compared in constant time, whatever the length of the guess.',
    issueItem: 6,
    file: 'electron/host/access-token.ts',
    find: '  return (presented) => timingSafeEqual(digest(presented), expected);',
    replace: '  return (presented) => presented === token;',
    tests: ['tests/electron/host/access-token.test.ts', 'tests/electron/host/host-lockdown.test.ts'],
    expectFailing: ['is compared in constant time', 'checks the token of a bridge call in constant time'],
  },
  {
    protection: 'A request naming any host but the loopback address is refused (DNS rebinding).',
    issueItem: 6,
    file: 'electron/host/browser-host.ts',
    find: '    if (!isLoopbackHost(request.headers.host, port)) {',
    replace: '    if (!request.headers.host) {',
    tests: ['tests/electron/host/host-lockdown.test.ts'],
    expectFailing: ['refuses a bridge call under another host name (DNS rebinding)'],
  },
  {
    protection: 'The browser host never sends a CORS header, so no other web page may read its answers.',
    issueItem: 6,
    file: 'electron/host/browser-host.ts',
    find: "  response.setHeader('X-Content-Type-Options', 'nosniff');\n",
    replace: "  response.setHeader('X-Content-Type-Options', 'nosniff');\n  response.setHeader('Access-Control-Allow-Origin', '*');\n",
    tests: ['tests/electron/host/host-lockdown.test.ts'],
    expectFailing: ['never answers a bridge call with a CORS header'],
  },
  {
    protection: 'The browser host serves no file from outside the built interface, an encoded slash included.',
    issueItem: 6,
    file: 'electron/host/browser-host.ts',
    find: "    if (!file.startsWith(normalize(options.staticRoot) + sep)) return sendText(response, 404, 'Not found.');\n",
    replace: '',
    tests: ['tests/electron/host/browser-host.test.ts'],
    expectFailing: ['does not serve files outside the built interface'],
  },
  {
    protection: 'The browser host’s media route sends only a story’s own media names, nothing else in its folder.',
    issueItem: 6,
    file: 'electron/host/browser-host.ts',
    find: '    if (rest.length > 0 || !StoryId.safeParse(storyId).success || !MediaFile.safeParse(file).success) {',
    replace: '    if (rest.length > 0 || !StoryId.safeParse(storyId).success) {',
    tests: ['tests/electron/host/browser-host.test.ts'],
    expectFailing: ['serves a story’s imported picture, and nothing that is not one'],
  },

  // ── 7. disk trouble ────────────────────────────────────────────────────────────────────────────────────
  {
    protection: 'A save that failed (full disk, read-only library, folder gone) is tried again by itself, and succeeds once it can.',
    issueItem: 7,
    file: 'renderer/src/state/story-session.ts',
    find: '        this.retryTimer = setTimeout(() => {\n          this.retryTimer = null;\n          void this.saveNow();\n        }, delay);\n',
    replace: '',
    tests: ['tests/electron/recovery/disk-trouble.test.ts'],
    expectFailing: ['a full disk: says so, keeps the text in memory and in the recovery journal, and saves once there is room'],
  },
  {
    protection: 'A full disk is said plainly (disk-full: free some space), not as a raw system error.',
    issueItem: 7,
    file: 'electron/library/fs-errors.ts',
    find: "    case 'ENOSPC':\n",
    replace: '',
    tests: ['tests/electron/recovery/disk-trouble.test.ts', 'tests/electron/library/atomic-write.test.ts'],
    expectFailing: ['a full disk: says so', 'on ENOSPC keeps the original, removes the temporary file and says disk-full'],
  },
  {
    protection: 'The recovery journal lives in the app’s data folder, outside the library, so a full or read-only library still keeps the words.',
    issueItem: 7,
    file: 'electron/recovery/recovery-journal.ts',
    find: '    return join(this.folder, library, `${id}.jsonl`);',
    replace: "    return join(libraryRoot, '.recovery', `${id}.jsonl`);",
    tests: ['tests/electron/recovery/disk-trouble.test.ts', 'tests/electron/recovery/recovery-journal.test.ts'],
    expectFailing: ['a full disk: says so, keeps the text in memory and in the recovery journal', 'lives in the data folder, outside the library'],
  },
  {
    protection: 'A story changed on disk since it was opened is never saved over: the save is refused as a conflict.',
    issueItem: 7,
    file: 'electron/library/story-library.ts',
    find: '      if (currentRevision !== baseRevision) {',
    replace: "      if (currentRevision !== baseRevision && currentRevision === '') {",
    tests: ['tests/electron/library/story-library.test.ts'],
    expectFailing: ['refuses a save based on a stale revision and leaves the file on disk as it was'],
  },

  // ── 8. packaging ───────────────────────────────────────────────────────────────────────────────────────
  {
    protection: 'The macOS app is built with the hardened runtime.',
    issueItem: 8,
    file: 'electron-builder.yml',
    find: '  hardenedRuntime: true\n',
    replace: '  hardenedRuntime: false\n',
    tests: ['tests/electron/packaging/electron-builder.test.ts'],
    expectFailing: ['builds a dmg with the hardened runtime'],
  },
  fuse('runAsNode', false, 'The packaged binary cannot be run as a plain Node (the RunAsNode fuse is off).'),
  fuse('enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS cannot load code into the packaged app.'),
  fuse('enableNodeCliInspectArguments', false, 'The packaged app cannot be opened to a debugger with --inspect.'),
  fuse('enableEmbeddedAsarIntegrityValidation', true, 'The packaged app checks its app.asar against the hash built into it.'),
  fuse('onlyLoadAppFromAsar', true, 'The packaged app runs only the code in its own app.asar.'),
];

/** An Electron fuse in electron-builder.yml set the unsafe way round. */
function fuse(name: string, safe: boolean, protection: string): ProtectionEntry {
  return {
    protection,
    issueItem: 8,
    file: 'electron-builder.yml',
    find: `  ${name}: ${safe}\n`,
    replace: `  ${name}: ${!safe}\n`,
    tests: ['tests/electron/packaging/electron-builder.test.ts'],
    expectFailing: ['flips the fuses'],
  };
}
