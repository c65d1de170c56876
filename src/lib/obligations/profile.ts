/**
 * The seller profile: what a team sells, where, through which channels and how it ships. Answered in
 * a minute on the planner page, stored locally with the answers and carried in exports and share
 * links. The obligations engine (`./engine.ts`) reads it against each regulation's applicability.
 *
 * Every list here is the single source of truth for its codes; labels live in the i18n tables.
 * Codes are stable: they are stored in browsers and in exported files, so never rename one.
 */

/** EU member states, by ISO 3166-1 alpha-2 code (lower case). */
export const EU_MEMBER_STATES = [
	'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie',
	'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se',
] as const;

/** Markets a seller can sell into: every EU member state, then the other markets the playbook covers. */
export const MARKETS = [...EU_MEMBER_STATES, 'gb', 'us', 'ca', 'au', 'jp'] as const;
export type Market = (typeof MARKETS)[number];

/** Sales channels: named marketplaces, the seller's own store, and social commerce. */
export const CHANNELS = [
	'amazon', 'ebay', 'temu', 'shein', 'tiktok-shop', 'aliexpress', 'walmart', 'etsy', 'own-store', 'social',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Product categories that trigger their own rules. A seller may pick several. */
export const CATEGORIES = [
	'electronics', 'radio-equipment', 'batteries', 'toys', 'childrens-products', 'cosmetics', 'food-contact',
	'textiles', 'furniture', 'chemical-products', 'medical-devices', 'general-goods',
	// Steel, aluminium or copper goods (US Section 232, EU CBAM); lasers and other products under FDA radiation standards.
	'metal-goods', 'laser-products',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How goods reach the buyer. A seller may use several. */
export const FULFILMENT = ['direct-post', 'overseas-warehouse', 'marketplace-fulfilment'] as const;
export type Fulfilment = (typeof FULFILMENT)[number];

/** Who clears customs and pays import duty and VAT on cross-border parcels. */
export const INCOTERMS = ['ddp', 'dap'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/**
 * Value of one consignment, in euro-equivalent bands split at the EU's €150 line (import VAT via IOSS,
 * customs duty relief until it is removed). The UK's £135 line falls close enough to share it.
 */
export const PARCEL_VALUE_BANDS = ['up-to-150-eur', 'over-150-eur'] as const;
export type ParcelValueBand = (typeof PARCEL_VALUE_BANDS)[number];

/** Annual turnover across all markets, in euro-equivalent bands (thresholds in law cluster at these lines). */
export const TURNOVER_BANDS = ['under-100k', '100k-2m', '2m-10m', '10m-50m', 'over-50m'] as const;
export type TurnoverBand = (typeof TURNOVER_BANDS)[number];

/** Staff headcount bands (micro, small, medium, large enterprise in EU terms). */
export const HEADCOUNT_BANDS = ['under-10', '10-49', '50-249', '250-plus'] as const;
export type HeadcountBand = (typeof HEADCOUNT_BANDS)[number];

export interface SellerProfile {
	markets: Market[];
	channels: Channel[];
	categories: Category[];
	fulfilment: Fulfilment[];
	/** Only meaningful with direct-post parcels; absent when the seller has not said. */
	incoterm?: Incoterm;
	/** Where the seller holds stock (own overseas warehouse, marketplace fulfilment centres); absent when not said. */
	stockIn?: Market[];
	/** Values of direct-post consignments; absent when not said. */
	parcelValues?: ParcelValueBand[];
	turnover?: TurnoverBand;
	headcount?: HeadcountBand;
}

/** True when the seller sells into at least one EU member state. */
export function sellsIntoEu(profile: Pick<SellerProfile, 'markets'>): boolean {
	return profile.markets.some((market) => (EU_MEMBER_STATES as readonly string[]).includes(market));
}

/** The empty profile: nothing chosen yet, so the planner shows no obligations and says why. */
export function emptyProfile(): SellerProfile {
	return { markets: [], channels: [], categories: [], fulfilment: [] };
}
