/**
 * The island data assets: the playbook model (one file for both languages) and the titles of one
 * language, each at a URL carrying a hash of its content, so a host may cache them for ever and every
 * island page of a visit shares one download.
 */
import { createHash } from 'node:crypto';
import { localizePath, type LocaleFolder } from '../i18n/locales';
import { assessmentTitles } from './assessment-titles';
import { compactModel } from '../lib/assessment/model';
import { playbookModel } from './assessment-model';
import { pageContext } from './entries';

export interface Asset {
	/** The JSON text served. */
	body: string;
	/** The first 12 hex digits of its SHA-256: part of the URL. */
	hash: string;
}

const asset = (value: unknown): Asset => {
	const body = JSON.stringify(value);
	return { body, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
};

let model: Promise<Asset> | undefined;
const titles = new Map<LocaleFolder, Promise<Asset>>();

/** The model in its compact form (`compactModel`): the checklist island's share of the data. */
export function modelAsset(): Promise<Asset> {
	model ??= playbookModel().then((m) => asset(compactModel(m)));
	return model;
}

/**
 * Titles of one language for the overview and team islands, with the profiles' targets. Item links are
 * left out: the island derives them from the checklist links (`checklistLinks[checklistId]#itemId`).
 */
export function titlesAsset(locale: LocaleFolder): Promise<Asset> {
	if (!titles.has(locale)) {
		titles.set(
			locale,
			Promise.all([pageContext(locale).then(assessmentTitles), playbookModel()]).then(([{ itemLinks: _derived, ...rest }, m]) =>
				asset({ ...rest, profileTargets: m.profiles })
			)
		);
	}
	return titles.get(locale)!;
}

/** Site paths of the assets (the model lives at the root: it is the same in every language). */
export async function modelUrl(): Promise<string> {
	return `/assessment/model-${(await modelAsset()).hash}.json`;
}

export async function titlesUrl(locale: LocaleFolder): Promise<string> {
	return localizePath(`/assessment/titles-${(await titlesAsset(locale)).hash}.json`, locale);
}
