import { ShortlistsPage } from '@/components/ShortlistsPage';
import '@/components/ExtensionPage.css';
import { renderExtensionPage } from '@/lib/extension-page';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';

const store = new CandidateStore(new PyvetDatabase());

/** Hands a file to the browser's download flow. */
function download(fileName: string, mimeType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

renderExtensionPage(<ShortlistsPage load={() => store.shortlistsWithCandidates()} download={download} />);
