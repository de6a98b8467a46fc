import { describe, expect, it } from 'vitest';
import { publishedTownCode, storedTownCode } from '../../src/graph/keys.js';

describe('official division codes', () => {
  it('reads the published forms of every level down to the stored significant digits', () => {
    expect(storedTownCode('220000')).toBe('22');
    expect(storedTownCode('220300')).toBe('2203');
    expect(storedTownCode('220382')).toBe('220382');
    expect(storedTownCode('220382003')).toBe('220382003');
    expect(storedTownCode('220382003005')).toBe('220382003005');
    expect(storedTownCode('220300000000')).toBe('2203');
    expect(storedTownCode('220382003000')).toBe('220382003');
  });

  it('takes nothing else for a code', () => {
    expect(storedTownCode('2203')).toBeNull();
    expect(storedTownCode('双辽市')).toBeNull();
    expect(storedTownCode('22038200')).toBeNull();
  });

  it('publishes six digits down to counties, nine for towns and twelve for villages', () => {
    expect(['22', '2203', '220382', '220382003', '220382003005'].map(publishedTownCode)).toEqual([
      '220000',
      '220300',
      '220382',
      '220382003',
      '220382003005',
    ]);
  });
});
