import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { RouterProvider } from 'react-aria-components';
import { ApiError } from './api/errors';
import { AuthGate } from './auth/auth-gate';
import { LanguageProvider, useI18n } from './i18n/i18n';
import { navigate, usePathname } from './router/history';
import { matchPath } from './router/match';
import { type ConsoleRoute, routes } from './routes';
import { ConsoleHeader } from './shell/console-header';
import { ConsoleNav } from './shell/console-nav';
import { NotFound } from './shell/not-found';
import { ErrorBoundary } from './ui/error-boundary';
import { Layout } from './ui/layout';
import { LoadError } from './ui/load-error';
import { Progress } from './ui/progress';
import { StatusProvider } from './ui/status';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) stays a refusal; only network trouble and 5xx are worth another try.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

function findRoute(pathname: string): { route: ConsoleRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}

/** The signed-in console: header, nav and the current route's page. */
function Shell({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const found = findRoute(pathname);
  // After an in-app navigation, start keyboard and screen-reader users at the new page.
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  const Page = found?.route.page;
  return (
    <Layout header={<ConsoleHeader />} nav={<ConsoleNav current={found?.route.area} />} mainRef={mainRef}>
      <ErrorBoundary key={pathname} fallback={(error, reset) => <LoadError error={error} onRetry={reset} />}>
        <Suspense fallback={<Progress label={t('app.loading')} />}>
          {Page ? <Page params={found.params} /> : <NotFound pathname={pathname} />}
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

function Console() {
  const { t } = useI18n();
  const pathname = usePathname();
  const found = findRoute(pathname);
  const Page = found?.route.public ? found.route.page : undefined;
  return (
    <AuthGate open={Page !== undefined}>
      {Page ? (
        <main id="main" className="public-main">
          <Suspense fallback={<Progress label={t('app.loading')} />}>
            <Page params={found?.params ?? {}} />
          </Suspense>
        </main>
      ) : (
        <Shell pathname={pathname} />
      )}
    </AuthGate>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <StatusProvider>
          <RouterProvider navigate={(path) => navigate(path)}>
            <Console />
          </RouterProvider>
        </StatusProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
