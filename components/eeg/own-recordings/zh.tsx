import type { Copy } from "./copy";

export const zh: Copy = {
  intro: (
    <>
      这门课程正是为 Chen 等人（2022）的食物选择数据集（OpenNeuro <code>ds003766</code>
      ）而写的：被试在屏幕上的两种食物之间做选择，把鼠标移到其中一种上并点击，同时记录 128
      个通道的脑电。本页从它的文件一直讲到模板用来训练的试次：每样东西在哪里，一个试次在记录里是什么样子，用哪些命令切分试次、给试次打标签，以及作者的清洗做了哪些本模板做不到的事。下面的图和表取自本项目为这个数据集做的缩微版（3
      位被试 × 40 个试次，由项目里提交的命令生成），而不是真实文件，真实文件太大，无法随项目分发。
    </>
  ),
  sourcesTitle: "每条信息的出处",
  sources: [
    <>
      <strong>数据描述论文</strong>（Chen、Wang、Huang、Gao、Yuan、Qi 与 Wu，<em>Scientific Data</em> 第 9
      卷，2022，doi:10.1038/s41597-022-01538-5）：有哪些任务（食物、词语和图片选择，以及静息），31 位被试，EGI HydroCel
      GSN 129 电极帽、采样率 1000 Hz、以 <code>E129</code>（Cz）为参考，市电频率 50
      Hz，每个事件代码的含义，以及行为表的各列。
    </>,
    <>
      <strong>作者的脚本</strong>：转换脚本把 EGI 的 <code>.mff</code> 文件转成 BIDS 文件夹里的 EEGLAB <code>.set</code>{" "}
      文件；清洗发生在预处理脚本（MNE-Python）里：陷波滤波、1–30 Hz 带通、重采样到 256 Hz、围绕 <code>0400</code>{" "}
      分段、眼电通道、坏通道、独立成分分析（ICA）、autoreject、平均参考。
    </>,
    <>
      <strong>公开的是原始数据。</strong>
      <code>sub-XX/eeg/</code>{" "}
      里的记录只经过格式转换，没有清洗：没有滤波，没有重参考，也没有删掉任何东西。每一步清洗都要你自己来做：用作者的脚本、用
      MNE，或者用下面本模板的预设；用到这份数据的论文应当写明用的是哪一种。
    </>,
  ],
  layoutTitle: "文件的组织方式",
  layout:
    "这是一个 BIDS 数据集：每位被试一个文件夹，里面每类数据再各占一个文件夹。缩微版沿用了真实的文件名；下面是它的顶层文件和其中一位被试的文件：",
  layoutNotes: [
    <>
      <code>sub-XX/eeg/sub-XX_task-foodchoice_eeg.set</code> + <code>.fdt</code>：EEGLAB 格式的记录。
      <code>.set</code> 是一个 MATLAB 文件，存放头信息（通道、采样率、事件）；<code>.fdt</code> 以 32
      位浮点数存放采样值。
    </>,
    <>
      <code>…_events.tsv</code>：所有事件，每行一个：<code>onset</code> 和 <code>duration</code>（秒），代码在{" "}
      <code>trial_type</code> 列。<code>…_eeg.json</code> 和 <code>…_channels.tsv</code> 描述记录本身和各个通道。
    </>,
    <>
      <code>sub-XX/beh/sub-XX_task-foodchoice_beh.tsv</code>
      ：任务程序记下的内容，每个试次一行：两个选项、所做的选择，以及鼠标的移动轨迹。
    </>,
  ],
  trialTitle: "记录里的一个试次",
  trial: (
    <>
      每个试次先出现注视十字，它的事件代码就是这个试次自己的编号（<code>0000</code> 到 <code>0319</code>
      ），接着两张食物图片出现（<code>0400</code>），然后被试点击左边（<code>0500</code>）或右边（<code>0501</code>
      ）的那张。<code>IEND</code> 标记记录的开始和结束。标签不在电压里，而是 <code>0400</code> 之后的那个代码。
    </>
  ),
  pictureTitle: (p) => `缩微版中被试 ${p.subject} 的第 ${p.trialIndex} 个试次：事件与一个通道的电压`,
  picture: {
    meaning: (code) =>
      code === "0400"
        ? "食物出现"
        : code === "0500"
          ? "点击左边"
          : code === "0501"
            ? "点击右边"
            : code === "IEND"
              ? "开始/结束"
              : /^0[0-3]\d\d$/.test(code)
                ? "注视"
                : "",
    epoch: "试次：0400 前 0.2 秒至后 0.8 秒",
    baseline: "基线",
    seconds: "相对 0400 的秒数",
    label: (code) => (code === "0500" ? "标签 0（左）" : "标签 1（右）"),
    trace: () => "电压（µV）",
  },
  pictureCaption: (p) => (
    <>
      图取自 <code>components/eeg/own-recordings/trial-picture.json</code>，由 <code>{p.command.join(" ")}</code>{" "}
      从缩微版的 <code>{p.recording.file}</code>（{p.recording.channels} 个通道，{p.recording.samplingRate} Hz
      ）生成；曲线是通道 <code>{p.trace.channel}</code> 的电压。阴影部分是 <code>chen2022</code> 预设截取的范围：
      <code>0400</code> 前 0.2 秒至后 0.8 秒，颜色较深的一段是基线。电压是缩微版合成的信号，不是真实的大脑信号。
    </>
  ),
  behaviourTitle: "行为表",
  behaviour: (
    <>
      每个试次一行，由任务程序写下，而不是由放大器记录。<code>trialIndex</code> 是试次编号（与它的注视代码相同），
      <code>left_option</code> 和 <code>right_option</code> 是两种食物，
      <code>response</code> 是所做的选择（<code>left</code> 或 <code>right</code>），<code>response_time</code>{" "}
      是从图片出现到点击的秒数，<code>xTrajectory</code>、<code>yTrajectory</code>、<code>tTrajectory</code>{" "}
      则以列表记下鼠标的路径（像素、秒）。上图那个试次的一行如下，过长的列表已截短：
    </>
  ),
  column: "列",
  value: "值",
  labelsTitle: "从事件到带标签的试次",
  labels: [
    <>
      <strong>按随后的反应</strong>（作者采用的方式，也是预设的默认方式）：
      <code>--stimulus 0400 --label-response 0500=0,0501=1 --response-within 10</code>。每个 <code>0400</code>{" "}
      取它之后、下一个 <code>0400</code> 之前出现的第一个 <code>0500</code> 或 <code>0501</code>。
    </>,
    <>
      <strong>按行为表的某一列</strong>：<code>--stimulus 0400 --label-column response --labels left=0,right=1</code>
      。表中各行按顺序与 <code>0400</code>{" "}
      事件一一对应；如果两边数目不同，运行就会停下，给出两边的数目以及编号第一次对不上的试次。真实记录里丢失触发信号很常见：这时用{" "}
      <code>--align trial-index</code>，每一行会对应到编号等于其 <code>trialIndex</code> 的注视代码之后的那个{" "}
      <code>0400</code>，触发信号丢失的行会被计数。
    </>,
    <>
      <strong>按事件的某个字段</strong>（EEGLAB 的事件可以带自己的字段）：
      <code>--stimulus square --label-field position --labels 1=0,2=1</code>，脑电页上 EEGLAB
      示例记录的那次运行就是这样做的。<strong>按事件本身的代码</strong>：<code>--events T1=0,T2=1</code>，PhysioNet
      数据就是这样。
    </>,
    <>
      每个被排除的试次都会按原因计数并打印出来（没有反应、反应太晚、触发信号丢失、行为表里没有对应行、被剔除），映射里没有列出的代码或取值也会连同次数一起列出。这样在相信这些标签之前，你就能看到数据里到底有什么。
    </>,
  ],
  commandsTitle: "具体命令",
  commands: "在缩微版上（在这台机器上每条都不到五分钟）；换成真实数据集时，把它的文件夹传给 --data：",
  presetTitle: "预设做了什么，没做什么",
  preset: (
    <>
      <code>--preset chen2022</code>{" "}
      把作者的设置写成本模板的命令行参数（你自己给的参数仍然优先），每次运行都会打印下面两张清单：
    </>
  ),
  presetDoes: [
    "在 50 Hz 及其低于奈奎斯特频率的所有谐波处做陷波滤波。",
    "1–30 Hz 带通（零相位巴特沃斯滤波器；作者用的是 MNE 的 FIR 滤波器）。",
    "用带抗混叠的加窗 sinc 滤波器重采样到 256 Hz（1000 Hz 不能被 256 整除，没法靠每隔 n 个样本取一个来实现）。",
    "在每个 0400 前 0.2 秒至后 0.8 秒截取试次，标签取自随后的反应；基线为 0400 前 0.2 秒到 0 秒。",
    "去掉眼电通道（电极帽上紧挨眼睛的电极）和你用 --bad-channels 列出的坏通道，然后做平均参考。",
  ],
  presetDoesNotTitle: "作者做了、而本模板没有做的事：",
  presetDoesNot: [
    "独立成分分析（ICA）：分解出 20 个成分，去掉与眼电相符的成分。本模板没有这一步；请先在 MNE 或 EEGLAB 里做。",
    "autoreject：通过交叉验证为每个通道学出阈值，并修复有问题的数据段。本模板只会剔除峰峰值超过 --reject-uv 的试次。",
    "作者为每位被试列出的坏通道：它们在作者的脚本里，不在本项目中；请用 --bad-channels 传入。眼电通道清单来自 HydroCel 电极帽，没有与作者的脚本核对过。",
  ],
  presetCaution:
    "所以用了预设的运行并不等于作者的分析：ICA 本可以去掉的眨眼伪迹（也常称伪影）仍留在数据里，有问题的试次被直接剔除而不是修复。",
  resultsTitle: "这些命令在缩微版上的结果",
  trajectoryTitle: "鼠标轨迹也是序列",
  trajectory: (
    <>
      数据集的另一半根本用不到脑电。每个试次的鼠标路径都被重新采样成 101 个点（按时间的
      0%、1%……100%，这是鼠标追踪研究的常规处理），平移到从 (0, 0) 出发，再只保留开头一段：<code>--share 0.4</code>{" "}
      保留前 40%。这样得到一个 41 步的序列，每步两个数（x, y）：LSTM
      模板读它的方式和读脑电通道完全一样；在同样的折上，用这 82
      个数做逻辑回归就是线性基线。要回答的问题是：动作刚开始时，是否已经看得出选择？
    </>
  ),
};
