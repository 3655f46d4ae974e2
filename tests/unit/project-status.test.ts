import { describe, expect, it } from 'vitest';
import { projectStatus, todayInGermany } from '@/lib/project-status';

describe('projectStatus', () => {
  it.each([
    ['2019-12-31', 'upcoming'],
    ['2020-01-01', 'running'],
    ['2021-06-15', 'running'],
    ['2022-06-30', 'running'],
    ['2022-07-01', 'completed'],
  ])('on %s the project is %s', (today, status) => {
    expect(projectStatus('2020-01-01', '2022-06-30', today)).toBe(status);
  });

  it('takes the date in Germany, not in UTC', () => {
    expect(todayInGermany(new Date('2022-06-30T22:30:00Z'))).toBe('2022-07-01');
  });
});
