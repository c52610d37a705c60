// Each written form of a Korean particle (는, 가, 를, 와, 로 …) mapped to the form `josa` takes, for tests that read particles in text.
import type { Particle } from '@/lib/i18n/particle';

export const PARTICLE_BASE: Record<string, Particle> = {
  은: '은',
  는: '은',
  이: '이',
  가: '이',
  을: '을',
  를: '을',
  과: '과',
  와: '과',
  으로: '으로',
  로: '으로',
};
