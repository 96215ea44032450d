//! `--plot FILE.svg`: the ratio chart. One row per benchmark (and the
//! geometric mean), one horizontal bar per native interpreter from the
//! CPython line (1.0) to its ratio, on a logarithmic axis so that "twice
//! as fast" and "twice as slow" are the same length.

use super::Results;
use super::interpreters::Group;
use super::report::{geomean_ratio, ratio};
use plotters::prelude::*;
use std::path::Path;

const COLOURS: [RGBColor; 5] = [
    RGBColor(0xd9, 0x5f, 0x02),
    RGBColor(0x1b, 0x9e, 0x77),
    RGBColor(0x75, 0x70, 0xb3),
    RGBColor(0xe7, 0x29, 0x8a),
    RGBColor(0x66, 0xa6, 0x1e),
];

/// Ticks at 1, 2 and 5 times the powers of ten within [lo, hi].
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut decade = 10f64.powi(lo.log10().floor() as i32);
    while decade <= hi {
        for m in [1.0, 2.0, 5.0] {
            let t = decade * m;
            if t >= lo && t <= hi {
                out.push(t);
            }
        }
        decade *= 10.0;
    }
    out
}

/// The largest 1-2-5 tick at or below x.
fn nice_below(x: f64) -> f64 {
    let decade = 10f64.powi(x.log10().floor() as i32);
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * decade)
        .find(|&t| t <= x)
        .unwrap_or(decade)
}

/// The smallest 1-2-5 tick at or above x.
fn nice_above(x: f64) -> f64 {
    let decade = 10f64.powi(x.log10().floor() as i32);
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * decade)
        .find(|&t| t >= x)
        .unwrap_or(10.0 * decade)
}

pub fn draw(r: &Results, path: &Path) -> Result<(), String> {
    // Rows from the top: benchmarks, then the geometric mean.
    let mut labels: Vec<String> = r.programs.iter().map(|p| p.name.clone()).collect();
    labels.push("geometric mean".into());
    let rows = labels.len();
    let value = |row: usize, i: usize| -> Option<f64> {
        if row < r.programs.len() {
            ratio(r, row, i)
        } else {
            geomean_ratio(r, i).0
        }
    };
    // Native interpreters with at least one valid ratio.
    let series: Vec<usize> = (1..r.interpreters.len())
        .filter(|&i| r.interpreters[i].group == Group::Native)
        .filter(|&i| (0..rows).any(|row| value(row, i).is_some()))
        .collect();
    let mut lo: f64 = 0.5;
    let mut hi: f64 = 2.0;
    for row in 0..rows {
        for &i in &series {
            if let Some(v) = value(row, i) {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    let (lo, hi) = (nice_below(lo / 1.2), nice_above(hi * 1.2));
    // Room below the last row for the legend.
    let bottom = -0.5 - 0.25 * (series.len() + 1) as f64;

    let height = 140 + 30 * (rows as u32 + 1) * (series.len().max(1) as u32).min(3);
    let root = SVGBackend::new(path, (900, height)).into_drawing_area();
    let err = |e: &dyn std::fmt::Display| format!("cannot draw {}: {e}", path.display());
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let caption = format!(
        "Time relative to {} (log scale; left of 1 is faster){}",
        r.interpreters[0].label,
        if r.quick { ", --quick" } else { "" }
    );
    let mut chart = ChartBuilder::on(&root)
        .caption(caption, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(130)
        .build_cartesian_2d(
            (lo..hi).log_scale().with_key_points(ticks(lo, hi)),
            bottom..(rows as f64 - 0.5),
        )
        .map_err(|e| err(&e))?;
    let label_of = |y: &f64| -> String {
        let k = y.round();
        if (y - k).abs() > 0.01 || k < 0.0 || k >= rows as f64 {
            return String::new();
        }
        labels[rows - 1 - k as usize].clone()
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(2 * rows + 4)
        .y_label_formatter(&label_of)
        .x_label_formatter(&|x| format!("{x}"))
        .x_desc(format!(
            "median time / median time on {}",
            r.interpreters[0].label
        ))
        .draw()
        .map_err(|e| err(&e))?;

    let band = 0.8 / series.len().max(1) as f64;
    for (k, &i) in series.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let bars: Vec<Rectangle<(f64, f64)>> = (0..rows)
            .filter_map(|row| {
                let v = value(row, i)?;
                let y = (rows - 1 - row) as f64;
                let top = y + 0.4 - band * k as f64;
                Some(Rectangle::new(
                    [(1.0, top), (v, top - band * 0.9)],
                    colour.filled(),
                ))
            })
            .collect();
        chart
            .draw_series(bars)
            .map_err(|e| err(&e))?
            .label(r.interpreters[i].label.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(1.0, bottom), (1.0, rows as f64 - 0.5)],
            BLACK.stroke_width(2),
        )))
        .map_err(|e| err(&e))?
        .label(r.interpreters[0].label.clone())
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 12, y)], BLACK.stroke_width(2)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_ends_and_ticks() {
        assert_eq!(nice_below(0.3), 0.2);
        assert_eq!(nice_below(0.05), 0.05);
        assert_eq!(nice_above(1.7), 2.0);
        assert_eq!(nice_above(6.0), 10.0);
        assert_eq!(ticks(0.2, 2.0), vec![0.2, 0.5, 1.0, 2.0]);
    }
}
