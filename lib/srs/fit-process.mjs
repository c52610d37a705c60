// The FSRS optimizer in a process of its own, so a fit never holds the server's event loop and a
// fault in the native optimizer cannot take the server down. Reads {train, test, current} as JSON on
// stdin; writes one JSON line per progress step and a last line with the parameters and metrics.
import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding';

const toItems = (items) =>
  items.map(
    (item) =>
      new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))),
  );

const metrics = (parameters, items) => {
  const { logLoss, rmseBins } = new FSRSBinding(parameters ? [...parameters] : undefined).evaluate(
    items,
  );
  return { logLoss, rmse: rmseBins };
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { train, test, current } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
let last = -1;
const parameters = await computeParameters(toItems(train), {
  enableShortTerm: true,
  numRelearningSteps: 1,
  progress: (done, total) => {
    const share = total > 0 ? Math.floor((100 * done) / total) / 100 : 0;
    if (share !== last) {
      last = share;
      process.stdout.write(`${JSON.stringify({ progress: share })}\n`);
    }
  },
});
const testItems = toItems(test);
const defaults = metrics(null, testItems);
const result = {
  parameters,
  defaults,
  current: current ? metrics(current, testItems) : defaults,
  fitted: metrics(parameters, testItems),
};
process.stdout.write(`${JSON.stringify({ result })}\n`);
