// First, before any page module creates a schema (see the module).
import '$lib/zod-jitless';
