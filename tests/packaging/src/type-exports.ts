import ts from "typescript";

export interface DeclaredExports {
  /** Names that exist at run time too (functions, classes, consts). */
  values: string[];
  /** Names that exist only for the type checker (types, interfaces, `export type`). */
  types: string[];
}

/**
 * The export names of a declaration file, read by the TypeScript checker rather than by regex:
 * tsdown writes `export declare …`, `export type …` and `export { … }` forms, and re-exports
 * through other chunks, and the checker sees them all the way a consumer's editor does.
 */
export function declaredExports(dtsFile: string): DeclaredExports {
  const program = ts.createProgram([dtsFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(dtsFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${dtsFile} is not a module`);
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const typeOnly = isTypeOnly(symbol) || !(target.flags & ts.SymbolFlags.Value);
    (typeOnly ? types : values).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

/** `export type { X }` and `export { type X }` make even a class a type-only export. */
function isTypeOnly(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (declaration) =>
      (ts.isExportSpecifier(declaration) &&
        (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly)) ||
      (ts.isTypeOnlyImportOrExportDeclaration?.(declaration) ?? false),
  );
}
