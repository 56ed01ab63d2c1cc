/**
 * The part of better-sqlite3's API this server uses (the package ships no types and
 * @types/better-sqlite3 is not a dependency). Signatures follow its documentation.
 */
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }

    interface Statement<Params extends unknown[] = unknown[]> {
      run(...params: Params): RunResult;
      get(...params: Params): unknown;
      all(...params: Params): unknown[];
    }

    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }

    interface Database {
      readonly open: boolean;
      readonly name: string;
      prepare<Params extends unknown[] = unknown[]>(source: string): Statement<Params>;
      exec(source: string): this;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): this;
    }
  }

  interface DatabaseConstructor {
    new (filename: string, options?: Database.Options): Database.Database;
  }

  const Database: DatabaseConstructor;
  export default Database;
}
