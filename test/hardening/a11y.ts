/**
 * Accessibility helpers for the hardening suites: axe-core run with exactly the WCAG 2.2 AA tags,
 * media-feature emulation (colour scheme, forced colours) and focus across shadow roots.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can check. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
  getRules(tags?: string[]): { ruleId: string }[];
}
const axe = (window as unknown as { axe: Axe }).axe;

/**
 * Runs axe on `el` (its shadow roots and nested widgets included) with only the WCAG A/AA rules,
 * and returns each violation as `rule (impact): target, target…`. Empty when there are none.
 */
export async function wcagViolations(el: Element): Promise<string[]> {
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ` +
      violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.html.slice(0, 160)}`).join('\n    '),
  );
}

/** The WCAG A/AA rules axe applies: a guard that the tag list selects real rules. */
export function wcagRules(): string[] {
  return axe.getRules(WCAG_TAGS).map((rule) => rule.ruleId);
}

export type MediaFeature = { name: 'prefers-color-scheme' | 'forced-colors'; value: string };

/**
 * Emulates CSS media features for the page through the DevTools protocol (see
 * ./media-features.mjs; `emulateMedia` cannot emulate forced colours under Puppeteer).
 * An empty list resets them all.
 */
export async function emulateMediaFeatures(features: MediaFeature[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}

/** The element that has focus, looking through shadow roots to the innermost one. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `ancestor` or inside it, across shadow roots. */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  for (let current = node; current;) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}
