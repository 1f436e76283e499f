/**
 * Binary logistic regression with L2 regularisation, fitted by L-BFGS over a compressed sparse row matrix.
 * Full-batch and deterministic: the same data and options always give the same weights.
 */

/** Rows of sparse features with compact column indices. */
export interface SparseMatrix {
  rows: number;
  columns: number;
  rowStart: Int32Array;
  column: Int32Array;
  value: Float32Array;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), relative to the mean loss. */
  lambda: number;
  /** Weight of each example in the loss. */
  sampleWeight: Float64Array;
  maxIterations?: number;
  /** Warm start: weights then bias, length columns + 1. */
  initial?: Float64Array;
}

/** Weights then bias, length columns + 1. */
export type Parameters = Float64Array;

export function scores(x: SparseMatrix, parameters: Parameters, out = new Float64Array(x.rows)): Float64Array {
  const bias = parameters[x.columns] as number;
  for (let row = 0; row < x.rows; row++) {
    let z = bias;
    for (let k = x.rowStart[row] as number; k < (x.rowStart[row + 1] as number); k++) {
      z += (x.value[k] as number) * (parameters[x.column[k] as number] as number);
    }
    out[row] = z;
  }
  return out;
}

/** Weighted mean cross-entropy (soft targets allowed) + λ/2‖w‖², and its gradient into `gradient`. */
function objective(
  x: SparseMatrix,
  y: Float64Array,
  options: FitOptions,
  p: Parameters,
  gradient: Float64Array,
): number {
  const z = scores(x, p);
  const { sampleWeight, lambda } = options;
  let total = 0;
  let weightSum = 0;
  for (let row = 0; row < x.rows; row++) weightSum += sampleWeight[row] as number;
  gradient.fill(0);
  for (let row = 0; row < x.rows; row++) {
    const zi = z[row] as number;
    const yi = y[row] as number;
    const wi = (sampleWeight[row] as number) / weightSum;
    // log(1 + e^z) computed stably
    const softplus = zi > 0 ? zi + Math.log1p(Math.exp(-zi)) : Math.log1p(Math.exp(zi));
    total += wi * (softplus - yi * zi);
    const residual = wi * (1 / (1 + Math.exp(-zi)) - yi);
    for (let k = x.rowStart[row] as number; k < (x.rowStart[row + 1] as number); k++) {
      const c = x.column[k] as number;
      gradient[c] = (gradient[c] as number) + residual * (x.value[k] as number);
    }
    gradient[x.columns] = (gradient[x.columns] as number) + residual;
  }
  for (let c = 0; c < x.columns; c++) {
    const w = p[c] as number;
    total += 0.5 * lambda * w * w;
    gradient[c] = (gradient[c] as number) + lambda * w;
  }
  return total;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
};

/** L-BFGS (memory 10) with backtracking Armijo line search. */
export function fitLogistic(x: SparseMatrix, y: Float64Array, options: FitOptions): Parameters {
  const n = x.columns + 1;
  const memory = 10;
  const p = options.initial ? Float64Array.from(options.initial) : new Float64Array(n);
  const g = new Float64Array(n);
  let f = objective(x, y, options, p, g);
  const history: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  const direction = new Float64Array(n);
  const nextP = new Float64Array(n);
  const nextG = new Float64Array(n);
  for (let iteration = 0; iteration < (options.maxIterations ?? 300); iteration++) {
    twoLoop(g, history, direction);
    let step = history.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    const slope = dot(g, direction);
    let nextF = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) nextP[i] = (p[i] as number) + step * (direction[i] as number);
      nextF = objective(x, y, options, nextP, nextG);
      if (nextF <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(n);
    const yy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (nextP[i] as number) - (p[i] as number);
      yy[i] = (nextG[i] as number) - (g[i] as number);
    }
    const sy = dot(s, yy);
    if (sy > 1e-12) history.push({ s, y: yy, rho: 1 / sy });
    if (history.length > memory) history.shift();
    p.set(nextP);
    g.set(nextG);
    const improvement = f - nextF;
    f = nextF;
    if (improvement < 1e-10 * Math.max(1, Math.abs(f)) || Math.sqrt(dot(g, g)) < 1e-7) break;
  }
  return p;
}

/** direction = −H·g, H the L-BFGS inverse-Hessian estimate. */
function twoLoop(g: Float64Array, history: { s: Float64Array; y: Float64Array; rho: number }[], out: Float64Array) {
  out.set(g);
  const alpha: number[] = [];
  for (let j = history.length - 1; j >= 0; j--) {
    const h = history[j] as { s: Float64Array; y: Float64Array; rho: number };
    const a = h.rho * dot(h.s, out);
    alpha[j] = a;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) - a * (h.y[i] as number);
  }
  const last = history[history.length - 1];
  if (last) {
    const gamma = dot(last.s, last.y) / dot(last.y, last.y);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * gamma;
  }
  for (let j = 0; j < history.length; j++) {
    const h = history[j] as { s: Float64Array; y: Float64Array; rho: number };
    const b = h.rho * dot(h.y, out);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + ((alpha[j] as number) - b) * (h.s[i] as number);
  }
  for (let i = 0; i < out.length; i++) out[i] = -(out[i] as number);
}
