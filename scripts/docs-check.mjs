// Builds the API reference in memory with TypeDoc (the options in package.json's typedocOptions:
// validation of undocumented exports and broken {@link}s, warnings as errors) and lists every
// public function and method without an @example. Prints JSON; docs.test.ts asserts on it.
import { Application, PackageJsonReader, ReflectionKind, TSConfigReader, TypeDocReader } from 'typedoc';

const messages = [];
// skipErrorChecking: type errors are npm run typecheck's to find; TypeDoc's validation (undocumented
// exports, broken links) still runs, without a second full type-check (about 5 s of CPU).
const app = await Application.bootstrapWithPlugins({ skipErrorChecking: true }, [
  new TypeDocReader(),
  new PackageJsonReader(),
  new TSConfigReader(),
]);
app.logger.log = (message, level) => messages.push({ message: String(message), level });
const project = await app.convert();
if (!project) {
  console.log(JSON.stringify({ converted: false, messages }));
  process.exit(0);
}
app.validate(project);
const missingExample = [];
const hasExample = (reflection) =>
  (reflection.signatures ?? [reflection]).some((s) => s.comment?.blockTags.some((tag) => tag.tag === '@example'));
// Inherited members are documented where they are declared; a logger's methods are the user's to write.
const ours = (reflection) =>
  !reflection.inheritedFrom && !reflection.flags.isExternal && !/Logger$/.test(reflection.parent?.name ?? '');
for (const reflection of project.getReflectionsByKind(ReflectionKind.Function | ReflectionKind.Method)) {
  if (ours(reflection) && !hasExample(reflection)) missingExample.push(reflection.getFullName());
}
console.log(
  JSON.stringify({
    converted: true,
    messages,
    warnings: app.logger.warningCount,
    errors: app.logger.errorCount,
    missingExample,
    functions: project.getReflectionsByKind(ReflectionKind.Function | ReflectionKind.Method).length,
  }),
);
