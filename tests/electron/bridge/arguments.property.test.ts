import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_CHANNEL_NAMES,
  BRIDGE_CHANNELS,
  isBridgeChannel,
  type BridgeChannel,
  type ChannelInput,
} from '../../../shared/bridge/contract.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { dispatch, type BridgeHandlers } from '../../../electron/bridge/handlers.ts';
import { hostileJsonValue, hostileKey, hostileText, PROTOTYPE_KEYS } from '../../fixtures/arbitraries/hostile-text.ts';
import { pathsIn, validStory, withValueAt } from '../../fixtures/arbitraries/stories.ts';
import { expectTypedSerializedFailure } from '../../fixtures/arbitraries/typed-failure.ts';

// Property-based: every bridge message is untrusted — a page gone wrong, a script in the browser host's
// origin, a malformed request. dispatch checks each channel's argument against the contract before any
// handler runs: whatever arrives, the answer is the handler's, or an 'invalid-argument' error that names the
// problem and reaches no handler. Never an exception, never an 'internal' error.

const STORY: Story = {
  schemaVersion: 1,
  id: '01m8fmnz6zdx2335w8hachna38',
  slug: 'court-ruling',
  headline: 'Court rules on the ferry strike',
  subheadline: '',
  highlights: [],
  byline: [{ name: 'Laura Jarrett', title: '', organization: 'CNN' }],
  dateline: { location: 'WASHINGTON', source: 'CNN' },
  lead: null,
  body: [{ type: 'paragraph', children: [{ text: 'The court ruled on Tuesday.' }] }],
  relatedVideos: [],
  keywords: [],
  status: 'draft',
  editorsNotes: '',
  embargo: null,
  corrections: [],
  createdAt: '2026-11-27T10:00:00.000Z',
  updatedAt: '2026-11-27T10:00:00.000Z',
};
const REVISION = 'ab'.repeat(32);

/** One valid argument for every channel of the contract: a channel added without one does not compile. */
const VALID_ARGUMENTS: { [C in BridgeChannel]: ChannelInput<C> } = {
  'library:info': {},
  'library:list': {},
  'library:search': { query: 'ferry', status: 'draft', sort: 'headline', offset: 0, limit: 20 },
  'library:open': { path: '/Users/ana/Stories' },
  'library:chooseFolder': {},
  'library:recent': {},
  'library:forgetRecent': {},
  'story:create': { headline: 'Ferry strike ends' },
  'story:createFromTemplate': { templateId: STORY.id },
  'story:open': { id: STORY.id },
  'story:save': { id: STORY.id, story: STORY, baseRevision: REVISION },
  'story:duplicate': { id: STORY.id },
  'story:rename': { id: STORY.id, slug: 'ferry-strike' },
  'story:trash': { id: STORY.id },
  'story:snapshot': { id: STORY.id },
  'story:revisions': { id: STORY.id },
  'story:revision': { id: STORY.id, revisionId: '2026-11-27T22-43-52-123Z' },
  'story:restore': { id: STORY.id, revisionId: '2026-11-27T22-43-52-123Z-2', baseRevision: REVISION },
  'story:saveCopy': { story: STORY },
  'story:import': { fileName: 'ferry.txt', dataBase64: 'RmVycnkgc3RyaWtl' },
  'templates:list': {},
  'export:check': { story: STORY, format: 'html' },
  'export:write': { story: STORY, format: 'md', destination: '/tmp/ferry.md', force: false, overwrite: true },
  'export:chooseDestination': { format: 'txt', suggestedPath: '/tmp/ferry.txt' },
  'export:pdf': { story: STORY },
  'media:import': { storyId: STORY.id, fileName: 'harbour.jpg', dataBase64: '/9j/4AAQ' },
  'preferences:get': {},
  'preferences:set': { authorName: 'Ana', creditStyle: 'custom', customCreditPattern: '{photographers}/{organization}', theme: 'dark' },
  'recovery:record': {
    id: STORY.id,
    writer: 'window01',
    seq: 3,
    at: '2026-11-27T10:00:01.000Z',
    baseRevision: REVISION,
    edit: { kind: 'whole', story: STORY },
  },
  'recovery:saved': { id: STORY.id, writer: 'window01', seq: 3, revision: REVISION },
  'recovery:discard': { id: STORY.id },
  'recovery:read': { id: STORY.id },
  'spelling:check': { words: ['ferry', 'strike'] },
  'spelling:suggest': { word: 'ferrry' },
};

/** Handlers that only note what reached them. */
function recordingHandlers() {
  const calls: { channel: BridgeChannel; args: unknown }[] = [];
  const handlers = Object.fromEntries(
    BRIDGE_CHANNEL_NAMES.map((channel) => [
      channel,
      (args: unknown) => {
        calls.push({ channel, args });
        return { handled: channel };
      },
    ]),
  ) as unknown as BridgeHandlers;
  return { handlers, calls };
}

/** The answer is the handler's, with an argument the contract accepts, or a typed refusal no handler saw. */
async function expectHandledOrRefused(channel: string, args: unknown): Promise<{ refusedAt?: string }> {
  const { handlers, calls } = recordingHandlers();
  const answer = await dispatch(handlers, channel, args);
  if (answer.ok) {
    expect(isBridgeChannel(channel)).toBe(true);
    expect(calls.map((call) => call.channel)).toEqual([channel]);
    expect(BRIDGE_CHANNELS[channel as BridgeChannel].input.safeParse(calls[0]!.args).success).toBe(true);
    expect(answer.value).toEqual({ handled: channel });
    return {};
  }
  expect(calls).toEqual([]);
  expectTypedSerializedFailure(answer.error, ['invalid-argument']);
  // Both transports carry the answer as data: it must survive JSON.
  expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  return { refusedAt: answer.error.field ?? '' };
}

const channel = fc.constantFrom(...BRIDGE_CHANNEL_NAMES);

/** What Electron's IPC (structured clone) can deliver beyond JSON: undefined, NaN, BigInt, Dates, Maps … */
const clonedValue = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withObjectString: true,
});

/** A valid argument with one value in it replaced (a wrong type, a bad string, a prototype key's object). */
const argumentsWithOneWrongValue = fc
  .tuple(channel, fc.nat(), fc.oneof(hostileJsonValue, clonedValue))
  .map(([name, pick, replacement]) => {
    const valid = VALID_ARGUMENTS[name];
    const paths = pathsIn(valid);
    const path = paths[pick % paths.length]!;
    return { channel: name, path, args: withValueAt(valid, path, replacement) };
  });

describe('the bridge, given any message at all', () => {
  it('passes every valid argument of the contract to its handler', async () => {
    for (const name of BRIDGE_CHANNEL_NAMES) {
      const { refusedAt } = await expectHandledOrRefused(name, VALID_ARGUMENTS[name]);
      expect(refusedAt, name).toBeUndefined();
    }
  });

  it('refuses a channel that does not exist, prototype names included, with a typed error', async () => {
    const unknown = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'story:', ':open', 'STORY:OPEN', 'story:open '), hostileText);
    await fc.assert(
      fc.asyncProperty(unknown, hostileJsonValue, async (name, args) => {
        fc.pre(!isBridgeChannel(name));
        expect((await expectHandledOrRefused(name, args)).refusedAt).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('answers any JSON argument on any channel with the handler or a typed refusal', async () => {
    await fc.assert(
      fc.asyncProperty(channel, hostileJsonValue, async (name, args) => {
        await expectHandledOrRefused(name, args);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers any value Electron can send (undefined, NaN, BigInt, Dates, Maps, typed arrays) the same way', async () => {
    await fc.assert(
      fc.asyncProperty(channel, clonedValue, async (name, args) => {
        await expectHandledOrRefused(name, args);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the place of a single wrong value in an otherwise valid argument', async () => {
    await fc.assert(
      fc.asyncProperty(argumentsWithOneWrongValue, async ({ channel: name, path, args }) => {
        const { refusedAt } = await expectHandledOrRefused(name, args);
        // A whole argument replaced is wrong everywhere; otherwise the field named leads to the wrong value.
        if (refusedAt === undefined || refusedAt === '' || path.length === 0) return;
        const broken = path.join('.');
        const onTheWay = `${broken}.`.startsWith(`${refusedAt}.`) || `${refusedAt}.`.startsWith(`${broken}.`);
        expect(onTheWay, `"${refusedAt}" for a wrong value at "${broken}"`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('passes any story the schema accepts to story:save unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validStory, async (story) => {
        const { handlers, calls } = recordingHandlers();
        const answer = await dispatch(handlers, 'story:save', { id: story.id, story, baseRevision: REVISION });
        expect(answer.ok).toBe(true);
        expect(calls[0]!.args).toEqual({ id: story.id, story, baseRevision: REVISION });
      }),
      { numRuns: 300 },
    );
  });

  it('takes a story nested thousands of levels deep or refuses it with a typed error', async () => {
    const storyChannels = BRIDGE_CHANNEL_NAMES.filter((name) => Object.hasOwn(VALID_ARGUMENTS[name], 'story'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...storyChannels), fc.integer({ min: 500, max: 5000 }), async (name, depth) => {
        let list: unknown = { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'deepest' }] }] };
        for (let level = 1; level < depth; level++) {
          list = { type: 'list', style: 'bulleted', items: [{ children: [{ text: `level ${level}` }], sublist: list }] };
        }
        await expectHandledOrRefused(name, { ...VALID_ARGUMENTS[name], story: { ...STORY, body: [list] } });
      }),
      { numRuns: 40 },
    );
  });
});

// A counterexample the properties above found, kept as a plain test.
describe('the bridge, given the message the properties found', () => {
  it('refuses story:save with a list nested 1,000 deep as a bad argument, not an internal error', async () => {
    let list: unknown = { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'deepest' }] }] };
    for (let level = 1; level < 1000; level++) list = { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'a' }], sublist: list }] };
    const { handlers, calls } = recordingHandlers();
    const answer = await dispatch(handlers, 'story:save', { id: STORY.id, story: { ...STORY, body: [list] }, baseRevision: REVISION });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'Bad arguments for story:save: nested too deeply to read (thousands of levels, where a story has a few).' },
    });
    expect(calls).toEqual([]);
  });
});
