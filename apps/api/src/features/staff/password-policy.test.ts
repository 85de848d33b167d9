import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy';

const niina = { email: 'niina.nieminen@inope.fi', name: 'Niina Nieminen' };

describe('staff password policy', () => {
  it.each([
    ['x', 'too_short'],
    ['elevenchars', 'too_short'],
    ['aaaaaaaaaaaa', 'too_guessable'],
    ['password1234', 'too_guessable'],
    ['qwertyuiop123', 'too_guessable'],
    ['123456789012', 'too_guessable'],
    ['niina.nieminen2026', 'personal'],
    ['NiinaNieminen!!', 'personal'],
    ['inope.fi.niina1', 'personal'],
  ] as const)('"%s" is refused as %s', (password, problem) => {
    expect(findPasswordProblem(password, niina)).toBe(problem);
  });

  it.each(['correct horse battery staple', 'Kesä-2026-hillo-tuuli', 'xK9#mP2$vL7q'])(
    'a long or random password such as "%s" is accepted',
    (password) => {
      expect(findPasswordProblem(password, niina)).toBeNull();
    },
  );
});
