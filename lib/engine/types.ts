// Shared shapes of the engine: vectors, matrices, optimizer hyperparameters and their state.

/** A list of real numbers. */
export type Vector = number[];

/** A row-major matrix: `Matrix[i]` is row `i`. */
export type Matrix = number[][];

/** Hyperparameters of plain gradient descent. */
export interface SgdHyper {
  lr: number;
}

/** Hyperparameters of PyTorch-style momentum ($v \leftarrow \mu v + g$). */
export interface MomentumHyper {
  lr: number;
  momentum: number;
}

/** Hyperparameters of the exponential-average form of momentum ($v \leftarrow \beta v + (1-\beta) g$). */
export interface EmaMomentumHyper {
  lr: number;
  beta: number;
}

/** Hyperparameters of Adagrad; `eps` defaults to 1e-10 as in PyTorch. */
export interface AdagradHyper {
  lr: number;
  eps?: number;
}

/** Hyperparameters of RMSProp; `rho` defaults to 0.99 and `eps` to 1e-8 as in PyTorch. */
export interface RmspropHyper {
  lr: number;
  rho?: number;
  eps?: number;
}

/** Hyperparameters of Adam; defaults are PyTorch's (0.9, 0.999, 1e-8). */
export interface AdamHyper {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/** Adam's running moments and the number of steps taken so far. */
export interface AdamState {
  m: Vector;
  v: Vector;
  t: number;
}

/** Hidden-layer activation of the two-layer network. */
export type Activation = 'sigmoid' | 'tanh' | 'relu';

/** Loss of the two-layer network. */
export type NetworkLoss = 'mse' | 'cross-entropy';

/** A two-layer network with one input sample and its target. */
export interface TwoLayerNet {
  x: Vector;
  y: Vector;
  /** hidden x inputs */
  W1: Matrix;
  b1: Vector;
  /** outputs x hidden */
  W2: Matrix;
  b2: Vector;
  activation: Activation;
  loss: NetworkLoss;
}

/** The loss of a two-layer network and its gradient with respect to every weight and bias. */
export interface TwoLayerGradients {
  loss: number;
  dW1: Matrix;
  db1: Vector;
  dW2: Matrix;
  db2: Vector;
}
