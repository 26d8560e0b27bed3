// First, before any module creates a schema (see the module).
import '$lib/zod-jitless';
import CodeScreen from './CodeScreen.svelte';
import { start } from './start';

start(CodeScreen);
