// ch05.8 anomalies: the function every implementation defines (read, don't edit).
//
// No include guard: anomalies.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp).

// The anomalous groups of `data`, lazily and in order: each UTC day (Window::day) or each sliding
// window (Window::sliding) whose normaltest p-value is below options.threshold. A day with fewer
// than 20 readings cannot be tested and is never anomalous; a sliding window always holds
// options.size readings (the readings after the last full window are not tested). Throws
// std::invalid_argument for a sliding window with size < 20 or step 0.
wb::generator<Anomaly> anomalies(wb::generator<Datum> data, Options options);
