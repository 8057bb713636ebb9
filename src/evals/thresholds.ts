import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EvalSetupError } from './answerer.js';
import { METRIC_KEYS, type MetricKey, type Metrics } from './metrics.js';

export type Floors = Partial<Record<MetricKey, number>>;

const floorsSchema = z.partialRecord(z.enum(METRIC_KEYS), z.number().min(0).max(1));

export interface FloorCheck {
  metric: MetricKey;
  floor: number;
  value: number | null;
  /** unmeasured: no case in the dataset applies to the metric, so there is nothing to hold to the floor. */
  status: 'pass' | 'fail' | 'unmeasured';
}

/** Reads floors, rejecting unknown keys so a misspelt metric is not silently ungated. */
export function parseFloors(text: string, source = 'thresholds'): Floors {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EvalSetupError(`${source}: not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EvalSetupError(`${source}: expected an object of metric floors, e.g. {"hit_at_3": 0.95}`);
  }
  const unknown = Object.keys(json).filter((key) => !(METRIC_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new EvalSetupError(`${source}: unknown metric ${unknown.join(', ')}; known: ${METRIC_KEYS.join(', ')}`);
  }
  const parsed = floorsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EvalSetupError(`${source}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as Floors;
}

export function loadFloors(file: string): Floors {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalSetupError(`cannot read thresholds ${file}: ${(error as Error).message}`);
  }
  return parseFloors(text, file);
}

export function checkFloors(metrics: Metrics, floors: Floors): FloorCheck[] {
  return METRIC_KEYS.flatMap((metric) => {
    const floor = floors[metric];
    if (floor === undefined) return [];
    const value = metrics[metric];
    const status = value === null ? 'unmeasured' : value < floor ? 'fail' : 'pass';
    return [{ metric, floor, value, status }];
  });
}

export function describeFloorCheck({ metric, floor, value, status }: FloorCheck): string {
  if (status === 'unmeasured') return `${metric}: not measured (no case in the dataset applies), floor ${floor} not checked`;
  return `${metric}: ${value!.toFixed(3)} ${status === 'fail' ? 'is below' : 'meets'} the floor ${floor}`;
}
