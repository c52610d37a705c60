// The engine's public surface: every function the exercises, the figures and the notes use, in one import.

export {
  leakyRelu,
  leakyReluDerivative,
  logSoftmax,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  softmax,
  softmaxTerms,
  tanh,
  tanhDerivative,
} from './activations';
export {
  heNormalStd,
  mlpBatchShapes,
  mlpParameterCounts,
  xavierNormalStd,
  xavierUniformBound,
} from './architecture';
export { layerDeltaNorms, layerGradientNorms } from './deep';
export { quadraticDescent } from './descent';
export { cosineFeatures, fitLinearModel } from './fit';
export {
  clipGradNorm,
  clipGradValue,
  gradNorm,
  meanAbsoluteErrorGradient,
  meanSquaredErrorGradient,
  sigmoidCrossEntropyGradient,
  softmaxCrossEntropyGradient,
} from './gradients';
export { affine, hadamard, outer, transposeTimes } from './linear';
export {
  binaryCrossEntropy,
  categoricalCrossEntropy,
  LOG_FLOOR,
  meanAbsoluteError,
  meanSquaredError,
} from './losses';
export {
  activate,
  activationDerivative,
  networkLoss,
  outputDelta,
  type StepNote,
  type TwoLayerSteps,
  twoLayerForward,
  twoLayerGradients,
  twoLayerSteps,
} from './network';
export {
  adagradStep,
  adamBiasCorrection,
  adamStep,
  emaMomentumStep,
  momentumStep,
  rmspropStep,
  sgdMatrixStep,
  sgdStep,
  sgdWeightDecayStep,
} from './optimizers';
export { batchNorm, batchNormEval, batchNormRunningUpdate, dropout } from './regularization';
export type { OptimizerHypers, OptimizerName } from './surface';
export {
  ellipticBowl,
  ellipticBowlGradient,
  ellipticBowlHypers,
  ellipticBowlStart,
  optimizerTrajectory,
} from './surface';
export { earlyStopping, trainingIterations } from './training';
export type * from './types';
