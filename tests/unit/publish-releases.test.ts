import { describe, expect, it } from 'vitest';
import {
  isReleaseName,
  releaseBefore,
  releaseName,
  releasesToRemove,
  sortedReleases,
  stagingName,
} from '../../lib/publish/releases';

const names = (count: number) =>
  Array.from({ length: count }, (_, day) => releaseName(new Date(Date.UTC(2026, 4, day + 1, 9, 30, 5)), 'abc1234'));

describe('release names', () => {
  it('are date, time in UTC and commit, without characters that scp or a shell would read', () => {
    expect(releaseName(new Date('2026-11-30T23:59:58.123+01:00'), '3f9c2ab51d0e')).toBe(
      '2026-11-30T225958Z-3f9c2ab51d0e',
    );
  });

  it('differ for two deploys on one day, and sort by time', () => {
    const morning = releaseName(new Date('2026-05-01T09:00:00Z'), 'ffff000');
    const evening = releaseName(new Date('2026-05-01T18:00:00Z'), '0000fff');
    expect(morning).not.toBe(evening);
    expect(sortedReleases([evening, morning])).toEqual([morning, evening]);
  });

  it('take only a commit hash, so that no name can leave releases/', () => {
    for (const commit of ['../x', 'abc/def', 'ABC1234', '', 'abc', 'a b c d'])
      expect(() => releaseName(new Date(), commit), commit).toThrow();
  });

  it('are told apart from anything else in releases/', () => {
    const [name] = names(1);
    expect(isReleaseName(name)).toBe(true);
    for (const other of [stagingName(name), `${name}/..`, '2026-11-30', 'current', `${name} `, `../${name}`])
      expect(isReleaseName(other), other).toBe(false);
  });
});

describe('pruning', () => {
  it('keeps the newest five releases and removes the others and half-copied folders', () => {
    const releases = names(8);
    const entries = [...releases, stagingName(releases[0]), 'lost+found'].reverse();
    expect(releasesToRemove(entries, releases[7])).toEqual([...releases.slice(0, 3), stagingName(releases[0])]);
  });

  it('never removes the release that is current, even after a roll-back to an old one', () => {
    const releases = names(7);
    expect(releasesToRemove(releases, releases[0])).toEqual([releases[1]]);
  });

  it('removes nothing while there are five or fewer', () => {
    expect(releasesToRemove(names(5), names(5)[4])).toEqual([]);
    expect(releasesToRemove([], undefined)).toEqual([]);
  });
});

describe('roll-back', () => {
  it('returns to the release before the current one, or to none', () => {
    const releases = names(3);
    expect(releaseBefore(releases, releases[2])).toBe(releases[1]);
    expect(releaseBefore(releases, releases[1])).toBe(releases[0]);
    expect(releaseBefore(releases, releases[0])).toBeUndefined();
    expect(releaseBefore(releases, undefined)).toBeUndefined();
  });
});
