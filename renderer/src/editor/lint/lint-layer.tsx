// The editor's side of house style, mounted inside <Slate>: attaches the editor to the story's lint
// controller (which then lints at idle after edits and feeds the 'lint' decorations), and says what a marked
// word is wrong with — in a tooltip when the pointer rests on it or the caret is inside it, and to screen
// readers through a polite live region when the caret enters it. The panel is the keyboard's way to every
// problem; this is the quick look while writing.
//
// It hears the editor's changes by wrapping editor.onChange (as Slate plugins wrap methods) rather than by
// re-rendering on every keystroke: all it does per change is start a timer and look up the caret's text node.

import { useEffect, useRef, useState } from 'react';
import { Node, Range, Text } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { LintSeverity } from '../../../../shared/lint/lint-types.ts';
import { useDecorationStore } from '../decorations/decoration-context.ts';
import { useLintController } from './lint-context.ts';
import type { LintController, PanelProblem } from './lint-controller.ts';
import { SEVERITY_RANK, SEVERITY_WORDS } from './locate-problems.ts';

interface Tip {
  key: string;
  from: 'caret' | 'pointer';
  problems: readonly PanelProblem[];
  /** The marked text's box, in the window's coordinates: the tip goes below it, or above near the bottom. */
  top: number;
  bottom: number;
  left: number;
}

/** Room the tip needs below the text before it is put above instead. */
const TIP_ROOM_PX = 140;

export function LintLayer() {
  const controller = useLintController();
  const editor = useSlateStatic();
  const decorations = useDecorationStore();
  const [tip, setTip] = useState<Tip | null>(null);
  const tipRef = useRef<Tip | null>(null);
  tipRef.current = tip;

  useEffect(() => {
    if (!controller) return undefined;
    const detach = controller.attach(editor, decorations);
    let attached = true;
    const show = (next: Tip | null) => {
      const current = tipRef.current;
      if (next?.key === current?.key && next?.from === current?.from && next?.bottom === current?.bottom) return;
      setTip(next);
    };

    const caretTip = () => {
      if (tipRef.current?.from === 'pointer') return;
      const problems = ReactEditor.isFocused(editor) ? problemsAtCaret(editor, controller) : [];
      if (problems.length === 0) {
        if (tipRef.current) show(null);
        return;
      }
      const key = problems.map((entry) => entry.id).join(' ');
      // Measured after the frame, when the editor has drawn the text the caret is in.
      requestAnimationFrame(() => {
        if (!attached || !editor.selection) return;
        try {
          const rect = ReactEditor.toDOMRange(editor, editor.selection).getBoundingClientRect();
          show({ key, from: 'caret', problems, top: rect.top, bottom: rect.bottom, left: rect.left });
        } catch {
          show(null);
        }
      });
    };

    const { onChange } = editor;
    editor.onChange = (options) => {
      onChange(options);
      if (!attached) return; // a layer that has gone leaves the editor as it found it, in effect
      if (editor.operations.some((operation) => operation.type !== 'set_selection')) controller.schedule();
      caretTip();
    };
    const unsubscribe = controller.subscribe(caretTip);

    let root: HTMLElement | null = null;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      root = null;
    }
    const onPointerOver = (event: Event) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('.lint-mark') : null;
      if (!mark) return;
      const problems = controller.problemsWithIds((mark.dataset.lintProblems ?? '').split(' '));
      if (problems.length === 0) return;
      const rect = mark.getBoundingClientRect();
      show({ key: problems.map((entry) => entry.id).join(' '), from: 'pointer', problems, top: rect.top, bottom: rect.bottom, left: rect.left });
    };
    const onPointerOut = (event: Event) => {
      const { relatedTarget } = event as MouseEvent;
      const mark = event.target instanceof Element ? event.target.closest('.lint-mark') : null;
      if (!mark || (relatedTarget instanceof globalThis.Node && mark.contains(relatedTarget))) return;
      if (tipRef.current?.from === 'pointer') {
        hide();
        caretTip();
      }
    };
    const hide = () => {
      if (tipRef.current) {
        tipRef.current = null;
        setTip(null);
      }
    };
    // The caret's tip belongs to the editor having the focus: gone while the person is in the panel, say.
    const onFocusOut = () => {
      if (tipRef.current?.from === 'caret') hide();
    };
    root?.addEventListener('mouseover', onPointerOver);
    root?.addEventListener('mouseout', onPointerOut);
    root?.addEventListener('focusout', onFocusOut);
    root?.addEventListener('focusin', caretTip);
    window.addEventListener('scroll', hide, { capture: true, passive: true });
    return () => {
      attached = false;
      unsubscribe();
      detach();
      root?.removeEventListener('mouseover', onPointerOver);
      root?.removeEventListener('mouseout', onPointerOut);
      root?.removeEventListener('focusout', onFocusOut);
      root?.removeEventListener('focusin', caretTip);
      window.removeEventListener('scroll', hide, { capture: true });
    };
  }, [controller, editor, decorations]);

  if (!controller) return null;
  const caretMessages = tip?.from === 'caret' ? tip.problems.map((entry) => entry.problem.message).join(' ') : '';
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {caretMessages}
      </p>
      {tip ? (
        <div
          className={`lint-tip lint-tip-${worstOf(tip.problems)}`}
          aria-hidden="true"
          style={{
            ...(tip.bottom + TIP_ROOM_PX > window.innerHeight ? { bottom: window.innerHeight - tip.top + 6 } : { top: tip.bottom + 6 }),
            left: Math.max(8, Math.min(tip.left, window.innerWidth - 328)),
          }}
        >
          <ul>
            {tip.problems.map((entry) => (
              <li key={entry.id}>
                <span className="lint-tip-severity">{SEVERITY_WORDS[entry.problem.severity]}</span> {entry.problem.message}
              </li>
            ))}
          </ul>
          {tip.problems.some((entry) => entry.problem.fix) ? <p className="lint-tip-hint">The fix is in the House style panel.</p> : null}
        </div>
      ) : null}
    </>
  );
}

function worstOf(problems: readonly PanelProblem[]): LintSeverity {
  return problems.reduce<LintSeverity>(
    (worst, entry) => (SEVERITY_RANK[entry.problem.severity] < SEVERITY_RANK[worst] ? entry.problem.severity : worst),
    'info',
  );
}

function problemsAtCaret(editor: ReturnType<typeof useSlateStatic>, controller: LintController): PanelProblem[] {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return [];
  if (!Node.has(editor, selection.anchor.path)) return [];
  const node = Node.get(editor, selection.anchor.path);
  return Text.isText(node) ? controller.problemsAt(node, selection.anchor.offset) : [];
}
