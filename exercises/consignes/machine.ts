import { createSortingMachine } from '../mechanics/sorting/machine';

export const machine = createSortingMachine('consignes');
