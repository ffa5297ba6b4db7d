// "Export story": the format, where to save it, what the export check found (errors stop it unless the
// person says "Export anyway"), and what was written. Every word typed so far goes into the export, saved
// or not: the story is asked for (and the editor's pending edits handed over) right before each check and
// each write. Nothing that is already at the destination is replaced without asking.

import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CopydeskBridge, ExportResult } from '../../../shared/bridge/contract.ts';
import type { ProblemDetail } from '../../../shared/errors.ts';
import { EXPORT_FORMATS, ExportFormat } from '../../../shared/render/export-format.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { Field } from '../components/field.tsx';
import { useDestinationChooser } from './destination-chooser.ts';
import './export.css';

export interface ExportDialogProps {
  bridge: CopydeskBridge;
  /** The story with every word typed so far (the editor's pending edits handed over first). */
  currentStory: () => Story | null;
  /** The format chosen in the menu; the person can change it here. */
  format: ExportFormat;
  onClose: () => void;
}

type Check =
  | { kind: 'checking' }
  | { kind: 'checked'; problems: readonly ProblemDetail[] }
  | { kind: 'failed'; message: string };

type Phase =
  | { kind: 'editing' }
  | { kind: 'exporting' }
  /** The destination is taken: the person is asked whether to replace it. */
  | { kind: 'replace'; force: boolean; message: string }
  | { kind: 'done'; result: ExportResult };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function formatBytes(bytes: number): string {
  const number = (value: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return plural(bytes, 'byte', 'bytes');
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

function checkSummary(problems: readonly ProblemDetail[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    const also = warnings > 0 ? `, and ${plural(warnings, 'warning', 'warnings')}` : '';
    return `${plural(errors, 'error', 'errors')} would stop this export${also}.`;
  }
  return `${plural(warnings, 'warning', 'warnings')}; the export can go ahead.`;
}

export function ExportDialog({ bridge, currentStory, format: chosenFormat, onClose }: ExportDialogProps) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>(chosenFormat);
  const [path, setPath] = useState('');
  /** Once the person has typed or chosen a path, a new format no longer replaces it with its suggestion. */
  const pathEdited = useRef(false);
  /** A path the native save dialog gave: that dialog has already asked whether to replace what is there. */
  const confirmedByDialog = useRef<string | null>(null);
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [error, setError] = useState<string | null>(null);
  const chooser = useDestinationChooser(bridge);
  const storyRef = useRef(currentStory);
  storyRef.current = currentStory;

  useEffect(() => {
    let live = true;
    setCheck({ kind: 'checking' });
    const story = storyRef.current();
    if (!story) {
      setCheck({ kind: 'failed', message: 'There is no story to export.' });
      return undefined;
    }
    bridge.export.check({ story, format }).then(
      (answer) => {
        if (!live) return;
        setCheck({ kind: 'checked', problems: answer.problems });
        if (!pathEdited.current) setPath(answer.suggestedPath);
      },
      (thrown: unknown) => {
        if (live) setCheck({ kind: 'failed', message: reviveError(thrown).message });
      },
    );
    return () => {
      live = false;
    };
  }, [bridge, format]);

  const problems = check.kind === 'checked' ? check.problems : [];
  const blocked = problems.some((problem) => problem.severity === 'error');
  const exporting = phase.kind === 'exporting';
  const destination = path.trim();
  const ready = check.kind !== 'checking' && phase.kind === 'editing' && destination !== '';

  async function write({ force, overwrite }: { force: boolean; overwrite: boolean }) {
    const story = storyRef.current();
    if (!story) return;
    setPhase({ kind: 'exporting' });
    setError(null);
    const replace = overwrite || destination === confirmedByDialog.current;
    try {
      const result = await bridge.export.write({ story, format, destination, force, overwrite: replace });
      setPhase({ kind: 'done', result });
    } catch (thrown) {
      const cause = reviveError(thrown);
      if (cause.code === 'already-exists' && !replace) {
        setPhase({ kind: 'replace', force, message: cause.message });
        return;
      }
      // Refused for problems found at the last moment: show them as the check would have.
      if (cause.code === 'export-blocked' && cause.details.problems) setCheck({ kind: 'checked', problems: cause.details.problems });
      setError(cause.message);
      setPhase({ kind: 'editing' });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ready && !blocked) void write({ force: false, overwrite: false });
  }

  async function choose() {
    try {
      const chosen = await chooser.choose(format, destination);
      if (chosen) {
        pathEdited.current = true;
        confirmedByDialog.current = chosen;
        setPath(chosen);
      }
    } catch (thrown) {
      setError(reviveError(thrown).message);
    }
  }

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !exporting) onClose();
      }}
    >
      <Dialog.Portal>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which the app's CSP refuses. */}
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog export-dialog">
          <Dialog.Title className="dialog-title">Export story</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Everything typed so far goes into the export, saved or not.
          </Dialog.Description>

          {phase.kind === 'done' ? (
            <ExportDone result={phase.result} />
          ) : (
            <form className="export-form" onSubmit={submit} noValidate>
              <fieldset className="export-formats" role="radiogroup" aria-labelledby={`${id}-format`} disabled={exporting}>
                <legend id={`${id}-format`} className="field-label">
                  Format
                </legend>
                {ExportFormat.options.map((option) => (
                  <label key={option} className="export-format">
                    <input
                      type="radio"
                      name={`${id}-format-choice`}
                      value={option}
                      checked={format === option}
                      aria-labelledby={`${id}-${option}-label`}
                      aria-describedby={`${id}-${option}-description`}
                      onChange={() => {
                        setFormat(option);
                        setError(null);
                        setPhase({ kind: 'editing' });
                      }}
                    />
                    <span className="export-format-text">
                      <span className="export-format-label" id={`${id}-${option}-label`}>
                        {EXPORT_FORMATS[option].label}
                      </span>
                      <span className="export-format-description" id={`${id}-${option}-description`}>
                        {EXPORT_FORMATS[option].description}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>

              <div className="export-path-row">
                <Field label="Save to" className="field-grow" hint={format === 'html-folder' ? 'The folder to create, as a full path.' : 'The file to write, as a full path.'}>
                  <input
                    type="text"
                    className="input mono"
                    value={path}
                    spellCheck={false}
                    autoComplete="off"
                    disabled={exporting}
                    onChange={(event) => {
                      pathEdited.current = true;
                      setPath(event.target.value);
                      if (phase.kind === 'replace') setPhase({ kind: 'editing' });
                    }}
                  />
                </Field>
                {chooser.supported ? (
                  <button type="button" className="button" disabled={exporting} onClick={() => void choose()}>
                    Choose…
                  </button>
                ) : null}
              </div>

              <ExportProblems check={check} />

              {error ? (
                <p className="export-error" role="alert">
                  {error}
                </p>
              ) : null}

              {phase.kind === 'replace' ? (
                <div className="export-replace" role="alert">
                  <p>{phase.message}</p>
                  <p className="export-replace-question">Replace it?</p>
                  <div className="export-replace-actions">
                    <button
                      type="button"
                      className="button button-primary"
                      onClick={() => void write({ force: phase.force, overwrite: true })}
                    >
                      Replace
                    </button>
                    <button type="button" className="button" onClick={() => setPhase({ kind: 'editing' })}>
                      Keep it
                    </button>
                  </div>
                </div>
              ) : null}

              <div className="dialog-actions">
                <Dialog.Close asChild>
                  <button type="button" className="button" disabled={exporting}>
                    Cancel
                  </button>
                </Dialog.Close>
                {blocked ? (
                  <button
                    type="button"
                    className="button button-danger"
                    disabled={!ready}
                    onClick={() => void write({ force: true, overwrite: false })}
                  >
                    Export anyway
                  </button>
                ) : null}
                <button type="submit" className="button button-primary" disabled={!ready || blocked}>
                  {exporting ? 'Exporting…' : 'Export'}
                </button>
              </div>
            </form>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** What the check found: each problem with its message, errors marked as such. */
function ExportProblems({ check }: { check: Check }) {
  return (
    <section className="export-check" aria-label="Problems" aria-live="polite">
      {check.kind === 'checking' ? (
        <p className="muted" aria-busy="true">
          Checking the story…
        </p>
      ) : check.kind === 'failed' ? (
        <p className="export-check-failed">The story could not be checked: {check.message}</p>
      ) : check.problems.length === 0 ? (
        <p className="export-ok">No problems found.</p>
      ) : (
        <>
          <p className="export-summary">{checkSummary(check.problems)}</p>
          <ul className="export-problems">
            {check.problems.map((problem, index) => (
              <li key={index} className={`export-problem export-problem-${problem.severity}`}>
                <span className="export-problem-kind">{problem.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                <span className="export-problem-message">{problem.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ExportDone({ result }: { result: ExportResult }) {
  const files = result.files.length;
  return (
    <>
      <div className="export-done" role="status">
        <p className="export-done-title">Exported as {EXPORT_FORMATS[result.format].label}.</p>
        <dl className="export-done-facts">
          <dt>Written to</dt>
          <dd className="mono">{result.path}</dd>
          <dt>Files</dt>
          <dd>
            {plural(files, 'file', 'files')}, {formatBytes(result.bytes)}
          </dd>
        </dl>
        {result.problems.length > 0 ? (
          <p className="export-done-note">
            It went ahead with {plural(result.problems.length, 'problem', 'problems')} the check had found.
          </p>
        ) : null}
      </div>
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <button type="button" className="button button-primary" autoFocus>
            Done
          </button>
        </Dialog.Close>
      </div>
    </>
  );
}
