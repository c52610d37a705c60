// The FSRS optimizer in a process of its own, so a fit never holds the server's event loop and a
// fault in the native optimizer cannot take the server down. Reads on stdin a first JSON line
// {current, minTestReviews}, then one JSON line per chunk of the review log (each a list of packed
// reviews: all of some cards' reviews, in time order); builds the history items itself, splits them
// by time, and writes one JSON line per progress step and a last line with the split's sizes, the
// parameters and metrics (or {notEnough} when the later reviews are too few to judge a fit).
import { createInterface } from 'node:readline';
import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding';
import { fitSplit, historyItems, unpackReview } from './history.mjs';

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

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

let header;
const items = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  if (!header) header = JSON.parse(line);
  else for (const item of historyItems(JSON.parse(line).map(unpackReview))) items.push(item);
}
const { current, minTestReviews } = header;
const { train, test } = fitSplit(items);
items.length = 0;
if (test.length < minTestReviews || train.length < minTestReviews) {
  send({ notEnough: test.length });
  process.exit(0);
}
let last = -1;
const parameters = await computeParameters(toItems(train), {
  enableShortTerm: true,
  numRelearningSteps: 1,
  progress: (done, total) => {
    const share = total > 0 ? Math.floor((100 * done) / total) / 100 : 0;
    if (share !== last) {
      last = share;
      send({ progress: share });
    }
  },
});
const testItems = toItems(test);
const defaults = metrics(null, testItems);
send({
  result: {
    trainReviews: train.length,
    testReviews: test.length,
    parameters,
    defaults,
    current: current ? metrics(current, testItems) : defaults,
    fitted: metrics(parameters, testItems),
  },
});
