/** Pure statistics for calibration: norms, reliability, item analysis and threshold methods. */
export * from './calibration';
export * from './descriptives';
export * from './logistic';
export * from './matrix';
export * from './missing';
export * from './normal';
export * from './reliability';
export * from './thresholds';
export * from './decision';
export * from './bootstrap';
export * from './conditional-sem';
export * from './decision-consistency';
export * from './threshold-intervals';
export * from './uncertainty';
