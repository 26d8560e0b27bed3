import CodeScreen from './CodeScreen.svelte';
import { start } from './start';

start(CodeScreen);
