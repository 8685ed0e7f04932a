import { ShortlistsPage } from '@/components/ShortlistsPage';
import '@/components/ExtensionPage.css';
import { downloadFile } from '@/lib/download';
import { renderExtensionPage } from '@/lib/extension-page';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';

const store = new CandidateStore(new PyvetDatabase());

renderExtensionPage(<ShortlistsPage load={() => store.shortlistsWithCandidates()} download={downloadFile} />);
