/**
 * Watches the page while a test runs: console.error calls, uncaught exceptions, unhandled
 * rejections and CSP violations. console.warn can be silenced (the error panel warns by design).
 */
export interface PageWatch {
  errors: string[];
  warnings: string[];
  violations: string[];
  /** Fails with everything that went wrong. */
  expectClean(): void;
  stop(): void;
}

export function watchPage({ quietWarnings = false } = {}): PageWatch {
  const errors: string[] = [];
  const warnings: string[] = [];
  const violations: string[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    originalError.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    if (!quietWarnings) originalWarn.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    errors,
    warnings,
    violations,
    expectClean() {
      const problems = [...errors, ...violations];
      if (problems.length > 0) throw new Error(`The page reported:\n${problems.join('\n')}`);
    },
    stop() {
      console.error = originalError;
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}
