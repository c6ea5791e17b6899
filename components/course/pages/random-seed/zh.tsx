import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";

export const zh = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      训练过程充满了随机性。不设种子，同一个脚本跑两次，会得到两个略有不同、准确率也略有差异的模型。随机种子（random
      seed）让这种随机变得可以重复。
    </>
  ),
  randomTitle: "训练中哪些东西是随机的",
  random: [
    <>
      初始权重。每个词嵌入数字一开始都是一个很小的随机值（见下面这行代码）；LSTM
      和输出层的权重也各有各的随机初始化方式。
    </>,
    <>影评的顺序。每一轮（epoch）都会先打乱训练影评，再切成每批 {m.training.batchSize} 条。</>,
  ],
  seedTitle: "种子做了什么",
  seed: (
    <>
      计算机用伪随机数生成器（pseudo-random number
      generator）产生“随机”数：一个把上一个数变成下一个数的公式。种子就是第一个数。种子相同，数列就相同，于是初始权重相同、打乱顺序相同，训练出的模型也相同。这个模型用的种子是{" "}
      <code>{m.training.seed}</code>。
    </>
  ),
  sevenTitle: "为什么是 7？",
  seven: (
    <>
      没有理由。任何整数都可以，也没有哪个比别的更好；7 只是教程作者（Jason Brownlee，见{" "}
      <a href="https://machinelearningmastery.com/sequence-classification-lstm-recurrent-neural-networks-python-keras/">
        Sequence Classification with LSTM Recurrent Neural Networks in Python with Keras
      </a>
      ）随手写下的数。重要的是把它记下来，别人才能重复这次训练。换一个种子，测试准确率会稍有变化：这个波动范围告诉你，两个模型之间的差异有多少是运气。
    </>
  ),
  oursTitle: "在本项目里",
  ours: (
    <>
      一个种子供给所有随机来源：<code>buildModel</code>{" "}
      从它派生出每一层初始化器（initializer）各自的种子，打乱顺序用的是 <code>seededRandom</code>
      ，一个我们自己写的小生成器，在任何机器上都给出相同的数。有一个单元测试用同一个种子训练两次，检查权重是否完全一致。
    </>
  ),
  kerasTitle: "在 Keras 里：哪个调用固定了什么",
  keras: (
    <>
      教程需要哪一行设种子，取决于它运行在哪个版本的 Keras 上。在 Keras 3 里，没有给种子的初始化器会从 Python 的{" "}
      <code>random</code> 模块抽一个种子（<code>keras/src/random/seed_generator.py</code> 里的{" "}
      <code>make_default_seed</code>），所以是 Python 的种子固定了初始权重。<code>model.fit</code> 打乱 NumPy 数组时，在
      JAX 后端用 <code>np.random.permutation</code>，在 TensorFlow 后端用 <code>tf.random.shuffle</code>
      。所以在 Keras 3 上只调用 <code>tf.random.set_seed(7)</code> 并不能固定初始权重。
      <code>keras.utils.set_random_seed(7)</code> 一次设置 Python、NumPy 和 TensorFlow（如果装了）的种子；
      <code>python/imdb_lstm.py</code> 用的就是它。运行 <code>python python/imdb_lstm.py --check-seeding</code>{" "}
      可以亲眼看到：这个文件在每种调用之后把模型搭建两次，比较初始权重和第一轮的顺序（Keras 3，JAX 后端）：
    </>
  ),
  kerasHead: ["搭建模型前的调用", "初始权重相同", "打乱顺序相同"],
  yes: "是",
  no: "否",
  onBackend: (backend) => `仅在 ${backend} 上`,
  kerasOld: (
    <>
      教程最早的版本写的是 <code>numpy.random.seed(7)</code>。它是为多后端的 Keras 2
      写的：那时后端的随机操作在没有给种子时从 NumPy 抽种子（<code>np.random.randint</code>），<code>fit</code> 也用
      NumPy 打乱顺序，所以 NumPy 的种子两者都固定了。它的 TensorFlow 2 版本写的是 <code>tf.random.set_seed(7)</code>
      ，这对 tf.keras 2 是对的：那里的初始化器和打乱顺序都取自 TensorFlow 的全局种子。即便所有种子都设好了，TensorFlow
      仍可能选用非确定性的计算内核（在 GPU 上，或并行求和时）；
      <code>tf.config.experimental.enable_op_determinism()</code> 禁止这些内核，代价是速度慢一些。
    </>
  ),
  limitsTitle: "种子管不到的地方",
  limits: [
    <>
      <strong>不同的后端（backend）。</strong>TensorFlow.js 可以在纯 JavaScript、WebAssembly、原生 TensorFlow 或 GPU
      上计算。它们各自按不同的顺序做加法，而浮点数的舍入取决于顺序。差异起初只在最后几位，经过成千上万次更新后会逐渐放大。这个模型是在{" "}
      <code>{m.backend}</code> 后端、TensorFlow.js {m.tfjsVersion} 上训练的。
    </>,
    <>
      <strong>不同的硬件和线程数。</strong>向量指令不同的处理器，或者把并行求和分给不同数量的线程，舍入结果也会不同。像
      cuDNN 这样的 GPU 库，除非特意设置，否则每次运行的结果都不保证完全一样。
    </>,
    <>
      <strong>不同的库版本。</strong>新版本可能改了某个初始化器或某个计算内核。
    </>,
  ],
  same: (
    <>
      所以，种子保证的是：在相同的环境下得到相同的结果——相同的代码、相同的数据、相同的后端、相同类型的机器。模型卡片里的训练命令记录的正是这些。
    </>
  ),
});
