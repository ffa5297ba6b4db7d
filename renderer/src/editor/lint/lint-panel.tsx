// The "House style" panel beside the editor: every problem lint finds, grouped by severity and in story
// order, each with where it is ("Photo 2 · caption"), a "Go to" that selects it in the editor (or focuses
// its Desk field), and the quick fix when there is one; then the story's statistics. Its toggle for the top
// bar shows how many problems there are.

import { memo, useCallback, useId, useRef, useState, useSyncExternalStore } from 'react';
import { FIXES_NEEDING_A_PERSON } from '../../../../shared/lint/index.ts';
import type { LintSeverity } from '../../../../shared/lint/lint-types.ts';
import type { LintController, LintSnapshot, PanelProblem, StoryStatistics } from './lint-controller.ts';
import { SEVERITY_WORDS } from './locate-problems.ts';
import { lintPanelShown, useLintPanelShown } from './lint-panel-setting.ts';
import './lint.css';

/**
 * Problems listed at first in each group, and added by each "Show more". A long story full of slips can
 * have hundreds; a list that long helps nobody, and rendering it again after every pass would slow typing.
 */
export const PROBLEMS_PER_PAGE = 50;

const GROUPS: readonly { severity: LintSeverity; heading: string }[] = [
  { severity: 'error', heading: 'Errors' },
  { severity: 'warning', heading: 'Warnings' },
  { severity: 'info', heading: 'Suggestions' },
];

/** The Desk form's labels for the story fields it holds (views/story-form.tsx). */
export const DESK_FIELD_LABELS: Readonly<Record<string, string>> = {
  slug: 'Slug',
  keywords: 'Keywords',
  status: 'Status',
  editorsNotes: 'Editor’s notes',
};

/** Puts the focus in the Desk form's field for a story key ("slug"); false when the form has no such field. */
export function focusDeskField(key: string): boolean {
  const label = DESK_FIELD_LABELS[key];
  if (!label) return false;
  const wanted = label.replace('’', "'");
  for (const element of document.querySelectorAll<HTMLLabelElement>('.story-desk label')) {
    if (element.textContent?.replace('’', "'").trim() !== wanted) continue;
    const control = element.htmlFor ? document.getElementById(element.htmlFor) : null;
    if (!control) continue;
    control.scrollIntoView({ block: 'center' });
    control.focus();
    return true;
  }
  return false;
}

function useLintSnapshot(controller: LintController): LintSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "1 error, 2 warnings"; "no problems". */
export function describeCounts(counts: LintSnapshot['counts']): string {
  const parts = [
    counts.error ? plural(counts.error, 'error') : '',
    counts.warning ? plural(counts.warning, 'warning') : '',
    counts.info ? plural(counts.info, 'suggestion') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no problems';
}

/** The top bar's switch, with the number of problems on it. */
export function LintToggle({ controller }: { controller: LintController }) {
  const shown = useLintPanelShown();
  const { counts, ready } = useLintSnapshot(controller);
  const total = counts.error + counts.warning + counts.info;
  const worst: LintSeverity = counts.error ? 'error' : counts.warning ? 'warning' : 'info';
  return (
    <button
      type="button"
      className="button button-small lint-toggle"
      aria-pressed={shown}
      title="House-style checks: what to fix before the story goes out"
      onClick={() => lintPanelShown.set(!shown)}
    >
      House style
      {ready && total > 0 ? (
        <span className={`lint-badge lint-badge-${worst}`} aria-hidden="true">
          {total}
        </span>
      ) : null}
      {ready ? <span className="visually-hidden">, {describeCounts(counts)}</span> : null}
    </button>
  );
}

export function LintPanel({ controller }: { controller: LintController }) {
  const headingId = useId();
  const snapshot = useLintSnapshot(controller);
  const [fixed, setFixed] = useState('');
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const goTo = useCallback((entry: PanelProblem) => controller.goTo(entry.id), [controller]);
  const applyFix = useCallback(
    (entry: PanelProblem) => {
      if (!controller.applyFix(entry.id)) {
        setFixed('That problem is already gone.');
        return;
      }
      setFixed(`Fixed: ${entry.problem.fix?.label ?? ''}. Ctrl+Z (⌘Z on a Mac) in the story undoes it.`);
      // The button went with its problem: keep the keyboard in the panel rather than at the top of the page.
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null) summaryRef.current?.focus();
      });
    },
    [controller],
  );

  // What "Fix all" would settle: every quick fix but a choice between two credits.
  const fixable = snapshot.problems.filter(({ problem }) => problem.fix && !FIXES_NEEDING_A_PERSON.has(problem.rule)).length;
  const applyAllFixes = () => {
    const count = controller.applyAllFixes();
    setFixed(
      count === 0
        ? 'Nothing left to fix automatically.'
        : `Fixed ${count} ${count === 1 ? 'problem' : 'problems'}. Ctrl+Z (⌘Z on a Mac) in the story undoes them all.`,
    );
    summaryRef.current?.focus();
  };

  return (
    <section className="lint-panel" aria-labelledby={headingId}>
      <h2 className="lint-heading" id={headingId}>
        House style
      </h2>
      <p className="lint-summary" ref={summaryRef} tabIndex={-1}>
        {snapshot.ready ? summaryText(snapshot) : 'Checking…'}
      </p>
      {fixable >= 2 ? (
        <button type="button" className="button button-small lint-fix-all" onClick={applyAllFixes}>
          Fix all {fixable} with a quick fix
        </button>
      ) : null}
      <p className="lint-fixed" aria-live="polite">
        {fixed}
      </p>
      {GROUPS.map(({ severity, heading }) => {
        const problems = snapshot.problems.filter((entry) => entry.problem.severity === severity);
        if (problems.length === 0) return null;
        return (
          <ProblemGroup
            key={severity}
            severity={severity}
            heading={heading}
            problems={problems}
            onGoTo={goTo}
            onFix={applyFix}
          />
        );
      })}
      {snapshot.statistics ? <Statistics statistics={snapshot.statistics} /> : null}
    </section>
  );
}

function summaryText(snapshot: LintSnapshot): string {
  const { counts } = snapshot;
  if (counts.error + counts.warning + counts.info === 0) return 'Nothing to fix: the story follows the house style.';
  return `${describeCounts(counts).replace(/^./, (first) => first.toUpperCase())}.`;
}

interface ProblemGroupProps {
  severity: LintSeverity;
  heading: string;
  problems: readonly PanelProblem[];
  onGoTo: (entry: PanelProblem) => void;
  onFix: (entry: PanelProblem) => void;
}

/** One severity's problems, a page at a time. */
function ProblemGroup({ severity, heading, problems, onGoTo, onFix }: ProblemGroupProps) {
  const [shown, setShown] = useState(PROBLEMS_PER_PAGE);
  const listed = problems.slice(0, shown);
  const more = Math.min(PROBLEMS_PER_PAGE, problems.length - listed.length);
  return (
    <div className={`lint-group lint-group-${severity}`}>
      <h3 className="lint-group-heading">
        <span className={`lint-dot lint-dot-${severity}`} aria-hidden="true" />
        {heading} <span className="lint-group-count">{problems.length}</span>
      </h3>
      <ul className="lint-list">
        {listed.map((entry) => (
          <ProblemItem key={entry.id} entry={entry} onGoTo={onGoTo} onFix={onFix} />
        ))}
      </ul>
      {more > 0 ? (
        <button type="button" className="button button-small lint-show-more" onClick={() => setShown(shown + PROBLEMS_PER_PAGE)}>
          Show {more} more ({listed.length} of {problems.length} shown)
        </button>
      ) : null}
    </div>
  );
}

interface ProblemItemProps {
  entry: PanelProblem;
  onGoTo: (entry: PanelProblem) => void;
  onFix: (entry: PanelProblem) => void;
}

/** The same problem found again by the next pass draws nothing new: each pass makes new objects. */
function sameListing(before: ProblemItemProps, after: ProblemItemProps): boolean {
  const [a, b] = [before.entry, after.entry];
  return (
    a.id === b.id &&
    a.where === b.where &&
    a.problem.message === b.problem.message &&
    a.problem.fix?.label === b.problem.fix?.label &&
    (a.target === null) === (b.target === null) &&
    before.onGoTo === after.onGoTo &&
    before.onFix === after.onFix
  );
}

const ProblemItem = memo(function ProblemItem({ entry, onGoTo, onFix }: ProblemItemProps) {
  const { problem, where } = entry;
  const whereId = useId();
  const locatable = entry.target !== null || String(problem.where.path[0]) in DESK_FIELD_LABELS;
  return (
    <li className={`lint-problem lint-problem-${problem.severity}`} data-rule={problem.rule}>
      <p className="lint-problem-message">
        <span className="visually-hidden">{SEVERITY_WORDS[problem.severity]}: </span>
        {problem.message}
      </p>
      <p className="lint-problem-where" id={whereId}>
        {where}
      </p>
      <div className="lint-problem-actions">
        {locatable ? (
          <button type="button" className="button button-small" aria-describedby={whereId} onClick={() => onGoTo(entry)}>
            Go to
          </button>
        ) : null}
        {problem.fix ? (
          <button type="button" className="button button-small button-primary lint-fix" onClick={() => onFix(entry)}>
            {problem.fix.label}
          </button>
        ) : null}
      </div>
    </li>
  );
}, sameListing);

function Statistics({ statistics }: { statistics: StoryStatistics }) {
  const format = (value: number) => value.toLocaleString('en-GB');
  return (
    <dl className="lint-statistics" aria-label="Statistics">
      <div>
        <dt>Words</dt>
        <dd>{format(statistics.words)}</dd>
      </div>
      <div>
        <dt>Characters</dt>
        <dd>{format(statistics.characters)}</dd>
      </div>
      <div>
        <dt>Reading time</dt>
        <dd>{describeReadingTime(statistics.readingMinutes)}</dd>
      </div>
    </dl>
  );
}

export function describeReadingTime(minutes: number): string {
  if (minutes <= 0) return '—';
  if (minutes < 1) return 'under a minute';
  const whole = Math.round(minutes);
  return whole === 1 ? '1 minute' : `${whole} minutes`;
}
