import { App } from './App';
import { mountPage } from '@/components/mount';

mountPage(<App />);
