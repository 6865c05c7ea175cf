-- Starting rates so that a fresh install can price carts. Approximate, not official figures.
INSERT INTO fx_rate (base_currency, quote_currency, rate, rate_date, source) VALUES
  ('EUR', 'CNY', 8.200000, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates'),
  ('USD', 'CNY', 7.100000, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates'),
  ('GBP', 'CNY', 9.300000, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates'),
  ('JPY', 'CNY', 0.047000, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates'),
  ('HKD', 'CNY', 0.913000, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates'),
  ('AUD', 'CNY', 4.650000, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates'),
  ('KRW', 'CNY', 0.005100, '2026-11-01', 'seed: approximate PBOC central parity, Nov 2026; replace via PUT /api/admin/fx-rates');
