import { createScenarioMachine } from '../mechanics/scenario/machine';

export const machine = createScenarioMachine('initiative');
