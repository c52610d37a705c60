import { checkAnswer, choiceGenerators } from './lib/exercises';

for (const g of choiceGenerators) {
  for (let seed = 1000; seed < 1030; seed++) g.generate(seed, ((seed % 3) + 1) as 1);
  const t0 = performance.now();
  let n = 0;
  for (let seed = 0; seed < 90; seed++) {
    const ex = g.generate(seed, ((seed % 3) + 1) as 1);
    checkAnswer(ex, ex.answer.display);
    n++;
  }
  console.log(g.id, ((performance.now() - t0) / n).toFixed(2), 'ms');
}
