// Preferences: how credit lines are printed, the house-style limits and which checks run, and the personal
// dictionary. The dialog edits a working copy, checked as the person types; "Save" sends it in one
// `preferences:set` through this window's preferences store, so the credit lines, the spell checker and the
// house-style checks follow at once.

import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { CreditStyle, Theme } from '../../../shared/bridge/preferences.ts';
import { formatCreditLine } from '../../../shared/credits/format-credit.ts';
import { LINT_RULES, type LintRuleInfo } from '../../../shared/lint/index.ts';
import { Credit } from '../../../shared/story/schema.ts';
import { reviveError } from '../bridge/http-bridge.ts';
import { Field } from '../components/field.tsx';
import {
  changesOf,
  dictionaryWordProblem,
  draftOf,
  hasProblems,
  LIMITS,
  problemsOf,
  type DraftProblems,
  type PreferencesDraft,
} from './preferences-draft.ts';
import { preferencesStoreFor, usePreferences } from './preferences-store.ts';
import { THEME_LABELS } from './theme.ts';
import '../export/export.css'; // the app's dialog look (.dialog, .dialog-backdrop, .dialog-actions)
import './preferences.css';

export interface PreferencesDialogProps {
  bridge: CopydeskBridge;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The house-style rules offered; every rule unless given. */
  rules?: readonly LintRuleInfo[];
}

const STYLE_LABELS: Record<CreditStyle, string> = {
  cnn: 'CNN — PHOTO: Name/Agency',
  ap: 'AP — (AP Photo/Name)',
  getty: 'Getty — Photo by Name/Agency',
  custom: 'Custom pattern',
};

/** The credits the example lines print: an agency's own picture, and one handed on by a distributor. */
const EXAMPLE_CREDITS = [
  Credit.parse({ photographers: ['Richard Drew'], organization: 'AP', kind: 'staff' }),
  Credit.parse({ photographers: ['Mandel Ngan'], organization: 'AFP', via: 'Getty Images' }),
];

export function PreferencesDialog({ bridge, open, onOpenChange, rules = LINT_RULES }: PreferencesDialogProps) {
  const preferences = usePreferences(bridge);
  const [draft, setDraft] = useState<PreferencesDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Each opening starts from the preferences as they are now.
  useEffect(() => {
    if (!open) {
      setDraft(null);
      setError(null);
      return;
    }
    if (preferences) setDraft((current) => current ?? draftOf(preferences));
    else void preferencesStoreFor(bridge).reload();
  }, [open, preferences, bridge]);

  const problems = draft ? problemsOf(draft) : null;
  const change = (changes: Partial<PreferencesDraft>) => setDraft((current) => (current ? { ...current, ...changes } : current));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft || !problems || hasProblems(problems)) return;
    setSaving(true);
    setError(null);
    try {
      await preferencesStoreFor(bridge).update(changesOf(draft));
      onOpenChange(false);
    } catch (thrown) {
      setError(reviveError(thrown).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (saving ? undefined : onOpenChange(next))}>
      <Dialog.Portal>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which the app's CSP refuses. */}
        <div className="dialog-backdrop" aria-hidden="true" />
        <Dialog.Content className="dialog preferences-dialog">
          <Dialog.Title className="dialog-title">Preferences</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Credit lines, house style, your dictionary and the look. Changes apply when you save.
          </Dialog.Description>
          {!draft || !problems ? (
            <p className="muted" aria-busy="true">
              {preferences === null && open ? 'Reading the preferences…' : ''}
            </p>
          ) : (
            <form className="preferences-form" onSubmit={save} noValidate>
              {/* The sections scroll; the buttons stay in sight below them. */}
              <div className="preferences-sections">
                <CreditSection draft={draft} problems={problems} onChange={change} />
                <HouseStyleSection draft={draft} problems={problems} rules={rules} onChange={change} />
                <DictionarySection words={draft.personalDictionary} onChange={(personalDictionary) => change({ personalDictionary })} />
                <AppearanceSection theme={draft.theme} onChange={(theme) => change({ theme })} />
              </div>
              {error ? (
                <p className="preferences-error" role="alert">
                  The preferences were not saved: {error}
                </p>
              ) : null}
              <div className="dialog-actions">
                <Dialog.Close asChild>
                  <button type="button" className="button" disabled={saving}>
                    Cancel
                  </button>
                </Dialog.Close>
                <button type="submit" className="button button-primary" disabled={saving || hasProblems(problems)}>
                  {saving ? 'Saving…' : 'Save'}
                </button>
              </div>
            </form>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

interface SectionProps {
  draft: PreferencesDraft;
  problems: DraftProblems;
  onChange: (changes: Partial<PreferencesDraft>) => void;
}

function CreditSection({ draft, problems, onChange }: SectionProps) {
  const headingId = useId();
  const patternError = problems.pattern.map((problem) => `At character ${problem.at + 1}: ${problem.message}`).join(' ');
  return (
    <section className="preferences-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="preferences-heading">
        Credits
      </h3>
      <Field label="Credit style">
        <select
          className="input select"
          value={draft.creditStyle}
          onChange={(event) => onChange({ creditStyle: CreditStyle.parse(event.target.value) })}
        >
          {CreditStyle.options.map((style) => (
            <option key={style} value={style}>
              {STYLE_LABELS[style]}
            </option>
          ))}
        </select>
      </Field>
      {draft.creditStyle === 'custom' ? (
        <Field
          label="Custom pattern"
          hint="Placeholders: {photographers} {organization} {via} {kind} {restrictions} {copyright}; […] is left out when a placeholder in it is empty."
          error={patternError || null}
        >
          <input
            type="text"
            className="input mono"
            value={draft.customCreditPattern}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange({ customCreditPattern: event.target.value })}
          />
        </Field>
      ) : null}
      <div className="preferences-example" aria-live="polite">
        <p className="field-label">Example</p>
        <ul className="preferences-example-lines">
          {EXAMPLE_CREDITS.map((credit, index) => (
            <li key={index} className="preferences-example-line">
              {formatCreditLine(credit, draft.creditStyle, draft.customCreditPattern)}
            </li>
          ))}
        </ul>
        {problems.pattern.length > 0 ? <p className="field-hint">Until the pattern is fixed, the default pattern is used.</p> : null}
      </div>
    </section>
  );
}

function HouseStyleSection({ draft, problems, rules, onChange }: SectionProps & { rules: readonly LintRuleInfo[] }) {
  const headingId = useId();
  const rulesId = useId();
  const disabled = new Set(draft.disabledRules);
  const toggle = (id: string, enabled: boolean) => {
    const next = new Set(disabled);
    if (enabled) next.delete(id);
    else next.add(id);
    onChange({ disabledRules: [...next] });
  };
  return (
    <section className="preferences-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="preferences-heading">
        House style
      </h3>
      <div className="preferences-limits">
        {LIMITS.map((limit) => (
          <Field key={limit.field} label={limit.label} hint={`${limit.min}–${limit.max} ${limit.unit}`} error={problems.limits[limit.field] ?? null}>
            <input
              type="number"
              inputMode="numeric"
              className="input"
              min={limit.min}
              max={limit.max}
              step={1}
              value={draft.limits[limit.field]}
              onChange={(event) => onChange({ limits: { ...draft.limits, [limit.field]: event.target.value } })}
            />
          </Field>
        ))}
      </div>
      <fieldset className="fieldset preferences-rules" aria-describedby={rulesId}>
        <legend className="field-label">Checks</legend>
        <p id={rulesId} className="field-hint">
          Unticked checks are not run on your stories.
        </p>
        <ul className="preferences-rule-list">
          {rules.map((rule) => (
            <RuleCheckbox key={rule.id} rule={rule} enabled={!disabled.has(rule.id)} onToggle={(enabled) => toggle(rule.id, enabled)} />
          ))}
        </ul>
      </fieldset>
    </section>
  );
}

const SEVERITY_LABELS: Record<LintRuleInfo['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };

function RuleCheckbox({ rule, enabled, onToggle }: { rule: LintRuleInfo; enabled: boolean; onToggle: (enabled: boolean) => void }) {
  const id = useId();
  return (
    <li className="preferences-rule">
      <input id={id} type="checkbox" checked={enabled} aria-describedby={`${id}-description`} onChange={(event) => onToggle(event.target.checked)} />
      <label htmlFor={id} className="preferences-rule-text">
        <span className="preferences-rule-title">{rule.title}</span>{' '}
        <span className={`preferences-severity preferences-severity-${rule.severity}`}>{SEVERITY_LABELS[rule.severity]}</span>
        <span id={`${id}-description`} className="preferences-rule-description">
          {rule.description}
        </span>
      </label>
    </li>
  );
}

function DictionarySection({ words, onChange }: { words: readonly string[]; onChange: (words: readonly string[]) => void }) {
  const headingId = useId();
  const [word, setWord] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const candidate = word.trim();
    const why = dictionaryWordProblem(candidate, words);
    setProblem(why);
    if (why) return;
    onChange([...words, candidate]);
    setWord('');
  };
  const sorted = [...words].sort((a, b) => a.localeCompare(b));
  return (
    <section className="preferences-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="preferences-heading">
        Dictionary
      </h3>
      <p className="field-hint">Words the spell checker accepts besides its English dictionary and the names in each story.</p>
      {sorted.length === 0 ? (
        <p className="muted">No words added yet. Add one here, or choose “Add to dictionary” on a word marked in a story.</p>
      ) : (
        <ul className="preferences-words" aria-label="Words in your dictionary">
          {sorted.map((entry) => (
            <li key={entry} className="preferences-word">
              <span>{entry}</span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove “${entry}”`}
                onClick={() => onChange(words.filter((other) => other !== entry))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="preferences-add-word">
        <Field label="Add a word" className="field-grow" error={problem}>
          <input
            type="text"
            className="input"
            value={word}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              setWord(event.target.value);
              setProblem(null);
            }}
            onKeyDown={(event) => {
              // Enter adds the word here rather than saving the whole dialog.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <button type="button" className="button" onClick={add}>
          Add
        </button>
      </div>
    </section>
  );
}

function AppearanceSection({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const headingId = useId();
  return (
    <section className="preferences-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="preferences-heading">
        Appearance
      </h3>
      <Field label="Theme" hint="“Match the system” follows your computer’s light or dark setting. In the desktop app, View ▸ Dark Mode switches too.">
        <select className="input select" value={theme} onChange={(event) => onChange(Theme.parse(event.target.value))}>
          {Theme.options.map((option) => (
            <option key={option} value={option}>
              {THEME_LABELS[option]}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
