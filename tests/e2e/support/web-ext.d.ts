// web-ext ships no types: the part of its programmatic API the Firefox test uses.
declare module 'web-ext' {
  export interface RunOptions {
    sourceDir: string;
    firefox?: string;
    firefoxProfile?: string;
    keepProfileChanges?: boolean;
    noReload?: boolean;
    noInput?: boolean;
    startUrl?: string | string[];
    pref?: Record<string, string | number | boolean>;
    args?: string[];
  }

  export interface ExtensionRunner {
    exit(): Promise<void>;
    /** `callback` runs once Firefox has closed. */
    registerCleanup(callback: () => void): void;
  }

  const webExt: {
    cmd: {
      run(options: RunOptions, dependencies?: { shouldExitProgram?: boolean }): Promise<ExtensionRunner>;
    };
  };
  export default webExt;
}
