import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules checked: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
export const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface AxeViolation {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  /** Each offending element (its selector) and axe's reason. */
  nodes: { target: string; summary: string }[];
}

export interface AxeReport {
  url: string;
  violations: AxeViolation[];
  /** How many violations of each impact. */
  byImpact: Record<Impact, number>;
  /** How many rules passed: proof that axe looked at something. */
  passes: number;
  /** Rules axe could not decide (e.g. contrast over an image): worth a look by hand. */
  incomplete: string[];
}

/**
 * Runs axe-core in `page` (the whole document, or only `include`, a CSS selector) and returns
 * its violations. Injected over CDP, which an extension page's CSP does not block.
 */
export async function checkAccessibility(page: Page, include?: string): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const report = await page.evaluate(
    async ({ tags, include }) => {
      const { axe: engine } = window as unknown as { axe: typeof axe };
      const results = await engine.run(include ? { include: [include] } : document, { runOnly: tags, resultTypes: ['violations'] });
      return {
        url: results.url,
        passes: results.passes.length,
        incomplete: results.incomplete.map((result) => result.id),
        violations: results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? null,
          help: violation.help,
          helpUrl: violation.helpUrl,
          nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
        })),
      };
    },
    { tags: AXE_TAGS, include },
  );
  const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of report.violations) if (violation.impact) byImpact[violation.impact] += 1;
  return { ...report, byImpact };
}

/** The violations a test should fail on: serious and critical ones, one line each. */
export function blockingViolations(report: AxeReport): string[] {
  return report.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes.map((node) => `${node.target}: ${node.summary.replace(/\s+/g, ' ')}`).join('; ')}`);
}
