import { resolve } from 'node:path';
import { RuleTester } from 'eslint';
import ts from 'typescript-eslint';
import { describe, it } from 'vitest';
import { exerciseBoundary } from './exercise-boundary.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: ts.parser } });
const at = (path: string) => resolve(import.meta.dirname, '../exercises', path);

tester.run('exercise-boundary', exerciseBoundary, {
	valid: [
		{ filename: at('affirmer/index.ts'), code: "import { machine } from './machine';" },
		{
			filename: at('affirmer/machine.ts'),
			code: "import { createScenarioMachine } from '../mechanics/scenario/machine';"
		},
		{
			filename: at('attention/view/say.ts'),
			code: "import { themeContent } from '../content'; import type { Locale } from '$lib/domain/records';"
		},
		{
			filename: at('consignes/exercise.server.ts'),
			code: "import { score } from './score.server'; import { eventBound } from '$lib/engine/contract';"
		},
		{
			filename: at('mechanics/scenario/View.svelte.ts'),
			code: "import Feedback from '$lib/ui/kiosk/Feedback.svelte'; import { z } from 'zod';"
		},
		// A type import is erased: the kiosk gets nothing of the server module.
		{
			filename: at('affirmer/View.ts'),
			code: "import type { ScenarioForm } from '../mechanics/scenario/scenes.server';"
		},
		// The registries, at the top, list every exercise.
		{ filename: at('registry.server.ts'), code: "import affirmer from './affirmer';" },
		{
			filename: at('affirmer/affirmer.server.test.ts'),
			code: "import { CONTENT } from './content.server';"
		}
	],
	invalid: [
		{
			filename: at('affirmer/content.server.ts'),
			code: "import { CONTENT } from '../relation-service/content.server';",
			errors: [{ messageId: 'otherExercise' }]
		},
		{
			filename: at('affirmer/index.ts'),
			code: "import { registeredExercise } from '../registry.server';",
			errors: [{ messageId: 'otherExercise' }]
		},
		{
			filename: at('mechanics/sorting/machine.ts'),
			code: "import { themeContent } from '../../consignes/content';",
			errors: [{ messageId: 'exerciseFromMechanic' }]
		},
		{
			filename: at('consignes/View.ts'),
			code: "import { createRunner } from '$lib/engine/runner.svelte';",
			errors: [{ messageId: 'outsideToolkit' }]
		},
		{
			filename: at('consignes/items.server.ts'),
			code: "import { getDb } from '$lib/server/db';",
			errors: [{ messageId: 'outsideToolkit' }]
		},
		{
			filename: at('attention/View.ts'),
			code: "const m = import('$app/navigation');",
			errors: [{ messageId: 'outsideToolkit' }]
		},
		{
			filename: at('consignes/View.ts'),
			code: "import { prepare } from './items.server';",
			errors: [{ messageId: 'serverFromKiosk' }]
		},
		{
			filename: at('affirmer/machine.ts'),
			code: "export { scenarioExercise } from '../mechanics/scenario/exercise.server';",
			errors: [{ messageId: 'serverFromKiosk' }]
		}
	]
});
