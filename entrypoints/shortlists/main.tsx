import { ShortlistsPage } from '@/components/ShortlistsPage';
import '@/components/ExtensionPage.css';
import { renderExtensionPage } from '@/lib/extension-page';
import { PyvetDatabase } from '@/lib/store/db';

renderExtensionPage(<ShortlistsPage db={new PyvetDatabase()} />);
