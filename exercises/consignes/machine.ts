import { createSortingMachine } from '../_sorting/machine';

export const machine = createSortingMachine('consignes');
