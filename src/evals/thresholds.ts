import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EvalSetupError } from './answerer.js';
import { LANGUAGES, REPORT_KINDS } from './dataset.js';
import { METRIC_KEYS, type MetricKey, type Metrics } from './metrics.js';

/** What floors are held against: the overall metrics, each language's, and each kind's within a language. */
export interface ScopedMetrics {
  metrics: Metrics;
  byLanguage: Partial<Record<string, { metrics: Metrics; byKind?: Partial<Record<string, { metrics: Metrics }>> }>>;
}

/** Where a floor applies: every scored item, or only those in one language. */
export const FLOOR_SCOPES = ['overall', ...LANGUAGES] as const;
/**
 * Also one kind within one language ("en.out_of_scope"): a weakness of one kind in one language
 * (uncovered topics declined in Chinese) must not hide behind the others' figures.
 */
export const KIND_SCOPES = LANGUAGES.flatMap((language) => REPORT_KINDS.map((kind) => `${language}.${kind}` as const));
export type FloorScope = (typeof FLOOR_SCOPES)[number] | (typeof KIND_SCOPES)[number];
const SCOPES: readonly string[] = [...FLOOR_SCOPES, ...KIND_SCOPES];

export type Floors = Partial<Record<MetricKey, number>>;
export type ScopedFloors = Partial<Record<FloorScope, Floors>>;

const floorsSchema = z.partialRecord(z.enum(METRIC_KEYS), z.number().min(0).max(1));

export interface FloorCheck {
  scope: FloorScope;
  metric: MetricKey;
  floor: number;
  value: number | null;
  /** unmeasured: no case in the scope applies to the metric, so there is nothing to hold to the floor. */
  status: 'pass' | 'fail' | 'unmeasured';
}

const EXAMPLE = '{"overall": {"hit_at_3": 0.95}, "en": {...}, "zh": {...}}';

/**
 * Reads floors per scope, e.g. {"overall": {"hit_at_3": 0.95}, "zh": {"hit_at_3": 0.2}},
 * rejecting unknown scopes and metrics so a misspelt name is not silently ungated.
 */
export function parseFloors(text: string, source = 'thresholds'): ScopedFloors {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EvalSetupError(`${source}: not JSON: ${(error as Error).message}`);
  }
  if (!isObject(json)) throw new EvalSetupError(`${source}: expected an object of floors per scope, e.g. ${EXAMPLE}`);
  const floors: ScopedFloors = {};
  for (const [scope, value] of Object.entries(json)) {
    if ((METRIC_KEYS as readonly string[]).includes(scope)) {
      throw new EvalSetupError(`${source}: ${scope} must sit under a scope (${FLOOR_SCOPES.join(', ')}), e.g. ${EXAMPLE}`);
    }
    if (!SCOPES.includes(scope)) {
      throw new EvalSetupError(
        `${source}: unknown scope ${scope}; known: ${FLOOR_SCOPES.join(', ')}, or <language>.<kind> such as en.out_of_scope`,
      );
    }
    floors[scope as FloorScope] = parseScope(value, `${source}: ${scope}`);
  }
  return floors;
}

function parseScope(json: unknown, where: string): Floors {
  if (!isObject(json)) throw new EvalSetupError(`${where}: expected an object of metric floors, e.g. {"hit_at_3": 0.95}`);
  const unknown = Object.keys(json).filter((key) => !(METRIC_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new EvalSetupError(`${where}: unknown metric ${unknown.join(', ')}; known: ${METRIC_KEYS.join(', ')}`);
  const parsed = floorsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EvalSetupError(`${where}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as Floors;
}

function isObject(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

export function loadFloors(file: string): ScopedFloors {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalSetupError(`cannot read thresholds ${file}: ${(error as Error).message}`);
  }
  return parseFloors(text, file);
}

/** The metrics a scope's floors are held against; null when the run has nothing in that language (or kind). */
function scopeMetrics(summary: ScopedMetrics, scope: FloorScope): Metrics | null {
  if (scope === 'overall') return summary.metrics;
  const [language, kind] = scope.split('.') as [string, string | undefined];
  const inLanguage = summary.byLanguage[language];
  return (kind ? inLanguage?.byKind?.[kind]?.metrics : inLanguage?.metrics) ?? null;
}

/** The scopes a floors file gates, broad ones first. */
export function gatedScopes(floors: ScopedFloors): FloorScope[] {
  return (SCOPES as readonly FloorScope[]).filter((scope) => floors[scope] !== undefined);
}

export function checkFloors(summary: ScopedMetrics, floors: ScopedFloors): FloorCheck[] {
  return gatedScopes(floors).flatMap((scope) => {
    const metrics = scopeMetrics(summary, scope);
    return METRIC_KEYS.flatMap((metric) => {
      const floor = floors[scope]?.[metric];
      if (floor === undefined) return [];
      const value = metrics?.[metric] ?? null;
      const status = value === null ? 'unmeasured' : value < floor ? 'fail' : 'pass';
      return [{ scope, metric, floor, value, status } satisfies FloorCheck];
    });
  });
}

export function describeFloorCheck({ scope, metric, floor, value, status }: FloorCheck): string {
  const name = `${scope} ${metric}`;
  if (status === 'unmeasured') return `${name}: not measured (no case in the datasets applies), floor ${floor} not checked`;
  return `${name}: ${value!.toFixed(3)} ${status === 'fail' ? 'is below' : 'meets'} the floor ${floor}`;
}

/** How far below a measured figure a suggested floor sits, so run-to-run noise does not fail the gate. */
export const FLOOR_MARGIN = 0.02;

/** Floors for every measured metric of every scope: the figure less the margin, rounded down to 2 decimals. */
export function suggestFloors(summary: ScopedMetrics, margin = FLOOR_MARGIN): ScopedFloors {
  const floors: ScopedFloors = {};
  for (const scope of FLOOR_SCOPES) {
    const metrics = scopeMetrics(summary, scope);
    if (!metrics) continue;
    const measured = METRIC_KEYS.flatMap((metric) => {
      const value = metrics[metric];
      return value === null ? [] : [[metric, Math.max(0, Math.floor((value - margin) * 100 + 1e-9) / 100)] as const];
    });
    floors[scope] = Object.fromEntries(measured);
  }
  return floors;
}
