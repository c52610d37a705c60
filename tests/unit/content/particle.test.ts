// The particle after a number or formula agrees with how it is read aloud in Korean.
import { describe, expect, it } from 'vitest';
import { josa, withParticle } from '@/lib/i18n/particle';

describe('josa', () => {
  it('reads the last digit of a decimal', () => {
    expect(josa('0.2916', '으로')).toBe('으로'); // 육
    expect(josa('0.313', '으로')).toBe('으로'); // 삼
    expect(josa('1.18', '을')).toBe('을'); // 팔: ㄹ is a final consonant for 을
    expect(josa('1.18', '으로')).toBe('로'); // but acts like a vowel for 로
    expect(josa('2.9', '이')).toBe('가'); // 구
    expect(josa('0.00016', '으로')).toBe('으로'); // 육
    expect(josa('-1.3]', '과')).toBe('과'); // 삼
    expect(josa('-0.8]', '과')).toBe('과'); // 팔
    expect(josa('0.5]', '과')).toBe('와'); // 오
  });

  it('reads a whole number by its last digit or place word', () => {
    expect(josa('11', '이')).toBe('이'); // 일
    expect(josa('11', '으로')).toBe('로');
    expect(josa('19', '이')).toBe('가'); // 구
    expect(josa('3960', '으로')).toBe('으로'); // 십
    expect(josa('29600', '으로')).toBe('으로'); // 백
    expect(josa('10000', '이')).toBe('이'); // 만
    expect(josa('0', '으로')).toBe('으로'); // 영
    expect(josa('4', '을')).toBe('를'); // 사
  });

  it('reads formulas', () => {
    expect(josa('$x = -1.18$', '을')).toBe('을');
    expect(josa('$\\theta_{3}$', '을')).toBe('을'); // 세타 삼
    expect(josa('$\\theta$', '을')).toBe('를'); // 세타
    expect(josa('$(\\theta + 1.7)^2$', '을')).toBe('을'); // 제곱
    expect(josa('$\\lVert \\delta_1 \\rVert^2$', '을')).toBe('을');
    expect(josa('$g^2$', '을')).toBe('을');
    expect(josa('$\\mathbb{R}^{3}$', '을')).toBe('을');
    expect(josa('$\\hat\\sigma^2$', '으로')).toBe('으로');
    expect(josa('$\\hat\\sigma^2$', '은')).toBe('은');
    expect(josa('$\\hat\\sigma^2 = 2.9$', '이')).toBe('가');
    expect(josa('$\\tanh(x)$', '을')).toBe('를'); // 엑스
    expect(josa('$B$', '으로')).toBe('로'); // 비
    expect(josa('$N$', '으로')).toBe('으로'); // 엔
    expect(josa('$L$', '으로')).toBe('로'); // 엘
    expect(josa('$\\frac{1}{2}$', '은')).toBe('은'); // 2분의 1
    expect(josa('$\\tfrac12$', '이')).toBe('이');
    expect(josa('$1/(1 - p)$', '을')).toBe('을'); // (1 - p)분의 1
    expect(josa('$\\partial L/\\partial z$', '을')).toBe('를'); // a derivative reads in order
    expect(josa("$f'$", '은')).toBe('은'); // 프라임
    expect(josa('$\\begin{bmatrix}1 & 0\\\\ 0 & 1\\end{bmatrix}$', '과')).toBe('과');
    expect(josa('$\\sqrt{\\hat v} + \\epsilon$', '으로')).toBe('으로'); // 엡실론
    expect(josa('$\\ell$', '은')).toBe('은'); // 엘
    expect(josa('$\\ell$', '으로')).toBe('로');
    expect(josa('$n_\\text{out}$', '으로')).toBe('으로'); // 엔 아웃
    expect(josa('$n_\\text{in}$', '과')).toBe('과'); // 엔 인
    expect(josa('$\\sigma_B^2$', '을')).toBe('을'); // 시그마 비 제곱
  });

  it('reads names written in Latin letters', () => {
    expect(josa('RMSProp', '은')).toBe('은'); // 알엠에스프롭
    expect(josa('Adam', '이')).toBe('이'); // 아담
    expect(josa('Adagrad', '은')).toBe('는'); // 아다그라드
    expect(josa('ReLU', '을')).toBe('를'); // 렐루
    expect(josa('SGD', '과')).toBe('와'); // 에스지디
    expect(josa('PyTorch', '이')).toBe('가'); // 파이토치
    expect(josa('tanh', '은')).toBe('는'); // 탄에이치
  });

  it('reads a Korean label by its last word, past a parenthesis', () => {
    expect(withParticle('σ = 0.01인 정규분포', '으로')).toBe('σ = 0.01인 정규분포로');
    expect(withParticle('Xavier 초기화(σ = √(2/(n+n)))', '으로')).toBe(
      'Xavier 초기화(σ = √(2/(n+n)))로',
    );
    expect(withParticle('에포크 11', '이')).toBe('에포크 11이');
    expect(withParticle('학습률', '으로')).toBe('학습률로');
    expect(withParticle('가중치', '을')).toBe('가중치를');
  });

  it('reads a formula by itself past a Korean aside in parentheses after it', () => {
    expect(withParticle('$\\partial L / \\partial W_1$ (2×2 행렬)', '을')).toBe(
      '$\\partial L / \\partial W_1$ (2×2 행렬)을',
    );
    expect(josa('$m$ (1 = 남김, 0 = 버림)', '과')).toBe('과'); // 엠
    expect(josa('$\\theta$ (파라미터)', '을')).toBe('를'); // 세타
  });
});
