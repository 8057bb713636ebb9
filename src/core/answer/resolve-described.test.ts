import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import type { NodeAssistant } from '../../runtimes/node/create-assistant.js';
import { findDescribed } from './resolve-described.js';

describe('findDescribed', () => {
  let assistant: NodeAssistant;
  beforeAll(async () => {
    ({ assistant } = await buildTestAssistant());
  });
  const find = (phrases: string[], among: string[]) => findDescribed({ phrases, among }, 'en', assistant.retrieve);

  it('finds each description among the measures given, or the measure it names first', async () => {
    expect(await find(['green', 'digital'], ['M11', 'M14', 'M12'])).toEqual(['M11', 'M14']);
    expect(await find(['blockchain valley'], ['M28'])).toEqual(['M29']);
  });

  it('finds nothing unless every description names a measure', async () => {
    expect(await find(['better'], ['M11'])).toBeNull();
    expect(await find(['green', 'better'], ['M11'])).toBeNull();
  });
});
