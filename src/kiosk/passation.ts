import Passation from './Passation.svelte';
import { start } from './start';

start(Passation);
