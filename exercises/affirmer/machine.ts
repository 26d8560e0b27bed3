import { createScenarioMachine } from '../_scenario/machine';

export const machine = createScenarioMachine('affirmer');
