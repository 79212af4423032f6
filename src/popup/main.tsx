import { render } from 'preact';
import { appRoot } from '../ui/app-root';
import { App } from './app';
import { browserActions } from './browser-actions';
import './popup.css';

render(<App actions={browserActions} />, appRoot());
