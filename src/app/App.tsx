import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { LibraryPage } from '../ui/library/LibraryPage';
import { Loading } from '../ui/common/Loading';
import { NotFoundPage } from '../ui/common/NotFoundPage';
import { ErrorBoundary } from './ErrorBoundary';
import { useHashLocation } from './hashLocation';
import { Layout } from './Layout';

// Only the Library is in the first bundle; every other page is fetched when first opened.
const ReaderPage = lazy(() => import('../ui/reader/ReaderPage'));
const VocabularyPage = lazy(() => import('../ui/vocabulary/VocabularyPage'));
const ReviewPage = lazy(() => import('../ui/review/ReviewPage'));
const AddTextPage = lazy(() => import('../ui/add-text/AddTextPage'));

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/" component={LibraryPage} />
              <Route path="/read/:textId">
                {(params) => <ReaderPage textId={params.textId} />}
              </Route>
              <Route path="/vocabulary" component={VocabularyPage} />
              <Route path="/review" component={ReviewPage} />
              <Route path="/add">{() => <AddTextPage />}</Route>
              <Route path="/edit/:textId">
                {(params) => <AddTextPage key={params.textId} editId={params.textId} />}
              </Route>
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </Router>
  );
}
