// First, before any module creates a schema (see the module).
import '$lib/zod-jitless';
import Passation from './Passation.svelte';
import { start } from './start';

start(Passation);
